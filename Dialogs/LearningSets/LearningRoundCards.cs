using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>A round's prompt in the channel thread, a member's saved answer (seen only by them), and the round's summary.</summary>
public static class LearningRoundCards
{
    public const string NamesNote = "Only the set's members can answer. At the end of the round the bot posts a summary of the answers, with names, in this thread only.";

    public static AdaptiveCard Prompt(LearningSet set, int round, LearningAnswerDraft? mine = null, IReadOnlyList<string>? problems = null, string? saved = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        List<CardElement> body =
        [
            new TextBlock($"Action-learning set: {set.Topic}") { Size = "Medium", Weight = "Bolder", Style = "heading" },
            new TextBlock($"Round {round} of {set.Rounds}. Think of a recent situation from your practice.") { Spacing = "None" },
            new TextBlock(NamesNote) { IsSubtle = true },
        ];
        if (saved is not null)
        {
            body.Add(new Container([new TextBlock(saved)]) { Style = "good" });
        }

        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(null, problems));
        }

        body.Add(Input(LearningAnswerDraft.ChallengeKey, "A challenge from practice", mine?.Challenge));
        body.Add(Input(LearningAnswerDraft.TriedKey, "What I tried", mine?.Tried));
        body.Add(Input(LearningAnswerDraft.HelpedKey, "What helped", mine?.Helped));
        body.Add(Input(LearningAnswerDraft.NextKey, "My next action", mine?.NextAction));
        var data = new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = set.SetId, [LearningAnswerDraft.RoundKey] = round.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(saved is null ? "Send my answer" : "Update my answer", LearningSetVerbs.Answer, data, submitsInputs: true)],
            FallbackText = $"Action-learning set, round {round}",
            MsTeams = new TeamsCardProperties(),
        };
    }

    public static AdaptiveCard Summary(LearningSet set, int round, IReadOnlyList<LearningAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(answers);
        List<CardElement> body =
        [
            new TextBlock($"Round {round} of {set.Rounds}: what the set shared") { Size = "Medium", Weight = "Bolder", Style = "heading" },
            new TextBlock($"{set.Topic}. {answers.Count} of {set.Members.Count} members answered.") { Spacing = "None", IsSubtle = true },
        ];
        if (answers.Count == 0)
        {
            body.Add(new TextBlock("Nobody answered this round. That's fine: the next round is a fresh start."));
        }

        foreach (var answer in answers)
        {
            body.Add(new Container(
            [
                new TextBlock(answer.Name ?? "A member") { Weight = "Bolder" },
                new FactSet([new Fact("Challenge", answer.Challenge), new Fact("Tried", answer.Tried), new Fact("Helped", answer.Helped), new Fact("Next", answer.NextAction)]),
            ]) { Separator = true, Spacing = "Medium" });
        }

        return new AdaptiveCard { Body = body, FallbackText = $"Round {round} summary", MsTeams = new TeamsCardProperties() };
    }

    private static TextInput Input(string id, string label, string? value) => new(id, label)
    {
        Value = value, IsMultiline = true, MaxLength = LearningAnswerDraft.TextMax, IsRequired = true, ErrorMessage = $"Please write {label.ToLowerInvariant()}.",
    };
}
