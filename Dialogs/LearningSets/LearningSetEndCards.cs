namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>"End this set" on the champion's cards, its one-tap confirmation, and the answers to a press (decision 078).</summary>
public static class LearningSetEndCards
{
    public const string EndButton = "End this set";
    public const string ConfirmButton = "Yes, end the set";
    public const string NotAllowed = "Only the champion who started this set, or a team leader, can end it. Nothing was changed.";
    public const string Finished = "This set has already run all its rounds, so there is nothing to end.";
    public const string NoneRunning = "You have no learning sets running that you can end. The champion who started a set, or a team leader, can end it.";

    /// <summary>True whenever it is pressed: the card that carries it stays in the chat before and during the rounds.</summary>
    public const string OpenRoundText = "If a round is open, its answers go into its summary straight away. Earlier round summaries stay in the channel. Members can still withdraw their own answers.";

    /// <summary>Opens the confirmation inside the card, so a slip of the thumb ends nothing.</summary>
    public static ShowCardAction EndAction(LearningSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new ShowCardAction(EndButton, FullWidthCard.Create(
            [
                new TextBlock("End this set now? No more rounds will come."),
                new TextBlock(OpenRoundText),
            ],
            [CardActions.Execute(ConfirmButton, LearningSetVerbs.End, new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = set.SetId })]));
    }

    /// <summary><c>learning set end</c> (decision 080): each running set, and under it the same "End this set" as on its own card.</summary>
    public static AdaptiveCard Running(IReadOnlyList<RunningLearningSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Count == 0)
        {
            return FullWidthCard.Saying(NoneRunning);
        }

        List<CardElement> body = [Heading.Of("End a learning set"), new TextBlock("Sets still running that you can end. You will be asked to confirm.")];
        body.AddRange(sets.Select(running => new Container(
            [
                new TextBlock(PlainText.Of(running.Set.Topic)) { Weight = "Bolder" },
                new TextBlock($"{PlainText.Of(running.TeamName)}, {Progress(running)}") { IsSubtle = true, Spacing = "None" },
                new ActionSet([EndAction(running.Set)]),
            ]) { Separator = true, Spacing = "Medium" }));
        return FullWidthCard.Create(body, fallbackText: "End a learning set");
    }

    public static string AlreadyEnded(LearningSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return $"This set was already ended {When(set)}. Nothing more was changed.";
    }

    /// <summary>Shown to the person who ended the set.</summary>
    public static AdaptiveCard Ended(LearningSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var summary = set.EndedAfterRound >= 1 ? $" Round {set.EndedAfterRound}'s answers are being summarised in its thread now." : "";
        return FullWidthCard.Saying($"You ended \"{PlainText.Of(set.Topic)}\" {When(set)}. No more rounds will come.{summary} The channel has been told.");
    }

    private static string Progress(RunningLearningSet running) =>
        running.OpenedRound >= 1 ? $"round {running.OpenedRound} of {running.Set.Rounds}" : $"not started, {running.Set.Rounds} rounds";

    private static string When(LearningSet set) => set.EndedAfterRound >= 1 ? $"after round {set.EndedAfterRound}" : "before its first round";
}
