using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// A round's prompt in the channel thread, a member's check and preview (seen only by them), their saved answer, and the
/// round's summary. What members wrote is shown as plain text; a name appears only where its member agreed.
/// </summary>
public static class LearningRoundCards
{
    public const string NamesNote = "Only the set's members can answer. At the end of the round the bot posts a summary of the answers in this thread only; "
        + "your name is shown with your answer only if you tick the box.";

    public static AdaptiveCard Prompt(LearningSet set, int round, LearningAnswerDraft? mine = null, IReadOnlyList<string>? problems = null, string? saved = null,
        IReadOnlyList<FieldFindings>? findings = null, bool showName = false)
    {
        ArgumentNullException.ThrowIfNull(set);
        List<CardElement> body = [.. Header(set, round), new TextBlock(NamesNote) { IsSubtle = true }];
        if (saved is not null)
        {
            body.Add(Callout.Done(saved));
        }

        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(problems));
        }

        if (findings is { Count: > 0 })
        {
            body.Add(FindingsBlock.Create(findings, "They are highlighted below. Nothing has been saved or shared. Please change them in the boxes underneath, "
                + "or continue if you are sure they identify nobody."));
        }

        body.Add(Input(LearningAnswerDraft.ChallengeKey, "A challenge from practice", mine?.Challenge));
        body.Add(Input(LearningAnswerDraft.TriedKey, "What I tried", mine?.Tried));
        body.Add(Input(LearningAnswerDraft.HelpedKey, "What helped", mine?.Helped));
        body.Add(Input(LearningAnswerDraft.NextKey, "My next action", mine?.NextAction));
        body.Add(new ToggleInput(LearningAnswerDraft.ShowNameKey, "Name", "Show my name with my answer in the round summary") { Value = showName ? "true" : "false" });
        var data = Data(set, round);
        List<CardAction> actions = findings is { Count: > 0 }
            ? [
                CardActions.Execute("I've edited it, check again", LearningSetVerbs.Answer, data, submitsInputs: true),
                CardActions.Execute("Nothing here identifies anyone, continue", LearningSetVerbs.Answer, new Dictionary<string, string>(data) { [LearningAnswerDraft.DetailsCheckedKey] = "true" }, submitsInputs: true),
            ]
            : saved is null
                ? [CardActions.Execute("Check my answer", LearningSetVerbs.Answer, data, submitsInputs: true)]
                : [CardActions.Execute("Change my answer", LearningSetVerbs.Answer, data, submitsInputs: true), WithdrawButton(set, round)];
        return FullWidthCard.Create(body, actions, $"Action-learning set, round {round}");
    }

    /// <summary>The member's answer exactly as the round summary will show it, with Save and Edit.</summary>
    public static AdaptiveCard Preview(LearningSet set, int round, LearningAnswerDraft draft, string? shownName, bool showName, bool detailsChecked)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var data = new Dictionary<string, string>(Data(set, round), StringComparer.Ordinal);
        foreach (var (key, value) in draft.ToData())
        {
            data[key] = value;
        }

        data[LearningAnswerDraft.ShowNameKey] = showName ? "true" : "false";
        if (detailsChecked)
        {
            data[LearningAnswerDraft.DetailsCheckedKey] = "true";
        }

        List<CardElement> body =
        [
            .. Header(set, round),
            Callout.Note("Preview: this is how your answer will appear in the round summary in this thread. Nothing is saved until you press Save."),
            AnswerBlock(shownName, draft.Challenge, draft.Tried, draft.Helped, draft.NextAction),
        ];
        return FullWidthCard.Create(body,
        [
            CardActions.Execute("Save my answer", LearningSetVerbs.SaveAnswer, data),
            CardActions.Execute("Edit", LearningSetVerbs.Answer, new Dictionary<string, string>(data) { [LearningAnswerDraft.EditKey] = "true" }),
        ], $"Action-learning set, round {round}: preview");
    }

    /// <summary>The round's answers; <paramref name="members"/> is who the set counts (<see cref="LearningRoundHeadcount"/>).</summary>
    public static AdaptiveCard Summary(LearningSet set, int round, IReadOnlyList<LearningAnswer> answers, int members)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(answers);
        List<CardElement> body =
        [
            Heading.Of($"Round {round} of {set.Rounds}: what the set shared"),
            new TextBlock($"{PlainText.Of(set.Topic)}. {answers.Count} of {members} members answered.") { Spacing = "None", IsSubtle = true },
        ];
        if (answers.Count == 0)
        {
            // No next round after the last, or after an end: the end's line beside it says "No more rounds will come"
            // (decision 103 found the two side by side in the channel).
            body.Add(new TextBlock(round < set.Rounds && set.EndedAt is null
                ? "Nobody answered this round. That's fine: the next round is a fresh start."
                : "Nobody answered this round. That's fine."));
        }

        body.AddRange(answers.Select(answer => AnswerBlock(answer.Name, answer.Challenge, answer.Tried, answer.Helped, answer.NextAction)));
        List<CardAction>? actions = answers.Count > 0 ? [WithdrawButton(set, round)] : null;
        return FullWidthCard.Create(body, actions, $"Round {round} summary");
    }

    /// <summary>The one line in the set's thread when a champion or leader ended it early (decision 078).</summary>
    public static AdaptiveCard Ended(LearningSet set, bool byStarter)
    {
        ArgumentNullException.ThrowIfNull(set);
        var who = byStarter ? "The champion" : "A team leader";
        var when = set.EndedAfterRound >= 1 ? $"after round {set.EndedAfterRound}" : "before its first round";
        return FullWidthCard.Saying($"{who} ended this set ({PlainText.Of(set.Topic)}) {when}. No more rounds will come.");
    }

    /// <summary>A member's "withdraw my answer": the card names the set and round only; the answer is the presser's own.</summary>
    public static ExecuteAction WithdrawButton(LearningSet set, int round) =>
        CardActions.Execute("Withdraw my answer", LearningSetVerbs.WithdrawAnswer, Data(set, round));

    private static Container AnswerBlock(string? name, string challenge, string tried, string helped, string next) => new(
    [
        new TextBlock(string.IsNullOrWhiteSpace(name) ? "A member" : PlainText.Of(name)) { Weight = "Bolder" },
        new FactSet([new Fact("Challenge", PlainText.Of(challenge)), new Fact("Tried", PlainText.Of(tried)), new Fact("Helped", PlainText.Of(helped)), new Fact("Next", PlainText.Of(next))]),
    ]) { Separator = true, Spacing = "Medium" };

    private static IEnumerable<CardElement> Header(LearningSet set, int round) =>
    [
        Heading.Of($"Action-learning set: {PlainText.Of(set.Topic)}"),
        new TextBlock($"Round {round} of {set.Rounds}. Think of a recent situation from your practice.") { Spacing = "None" },
    ];

    private static Dictionary<string, string> Data(LearningSet set, int round) => new(StringComparer.Ordinal)
    {
        [LearningAnswerDraft.SetKey] = set.SetId,
        [LearningAnswerDraft.RoundKey] = round.ToString(CultureInfo.InvariantCulture),
    };

    private static TextInput Input(string id, string label, string? value) => new(id, label)
    {
        Value = value is null ? null : PlainText.Clean(value), IsMultiline = true, MaxLength = LearningAnswerDraft.TextMax, IsRequired = true, ErrorMessage = $"Please write {label.ToLowerInvariant()}.",
    };
}
