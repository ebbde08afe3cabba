namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>What a member of a new set is told in their 1:1 chat, and the answers to "start the first round now".</summary>
public static class LearningSetMemberCards
{
    public const string StartNowButton = "Start the first round now";
    public const string AlreadyStarted = "The first round has already started, so nothing more was done. Look for it in the set's channel.";
    public const string ChampionsOnly = "Only the team's champions and leaders can start a set's rounds, so nothing was changed.";

    public static AdaptiveCard Joined(LearningSet set, string channelTitle, string? starterName, DateTimeOffset firstLocal) =>
        JoinedBy(set, channelTitle, string.IsNullOrWhiteSpace(starterName) ? NobodyNamedStarted : PlainText.Of(starterName), firstLocal);

    /// <summary>The same card with the starter's name left to be filled in as it goes (decision 094).</summary>
    public static AdaptiveCard JoinedAtSend(LearningSet set, string channelTitle, string? starterAadObjectId, string? starterName, DateTimeOffset firstLocal) =>
        JoinedBy(set, channelTitle, NameAtSend.Slot(starterAadObjectId, starterName, NobodyNamedStarted), firstLocal);

    // The card's words for the starter when they cannot be named.
    private const string NobodyNamedStarted = "A champion";

    private static AdaptiveCard JoinedBy(LearningSet set, string channelTitle, string starter, DateTimeOffset firstLocal)
    {
        ArgumentNullException.ThrowIfNull(set);
        var others = set.Members.Count - 1;
        return FullWidthCard.Create(
            [
                Heading.Of("You're in an action-learning set"),
                new TextBlock($"{starter} asked you to join \"{PlainText.Of(set.Topic)}\" in {PlainText.Of(channelTitle)}, with {(others == 1 ? "1 colleague" : $"{others} colleagues")}."),
                new FactSet(
                [
                    // Members may live elsewhere than the set's zone, so the time says whose clock it is on.
                    new Fact("First round", $"{firstLocal.ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture)} ({ZoneChoices.Label(set.TimeZoneId)} time)"),
                    new Fact("Then", $"{(set.Rounds == 1 ? "1 round" : $"{set.Rounds} rounds")} in all, every {(set.IntervalDays == 14 ? "two weeks" : "week")}"),
                ]),
                new TextBlock("Each round starts as a thread in that channel. Write your answer there, or here with the button.") { IsSubtle = true },
            ],
            [CardActions.Execute("Write my answer for round 1", LearningSetVerbs.Answer, AnswerData(set))],
            "You're in an action-learning set");
    }

    public const string ThreadButton = "Open the round's thread";

    /// <summary>A member's note that their set was ended early (decision 086); the button only with a link to the thread.</summary>
    public static AdaptiveCard Ended(LearningSet set, string? teamName, bool byStarter, Uri? thread)
    {
        ArgumentNullException.ThrowIfNull(set);
        var who = byStarter ? "The champion" : "A team leader";
        var team = string.IsNullOrWhiteSpace(teamName) ? "" : $" in {PlainText.Of(teamName)}";
        var when = set.EndedAfterRound >= 1 ? $"after round {set.EndedAfterRound} of {set.Rounds}" : "before its first round";
        var summary = set.EndedAfterRound >= 1 ? " " + SummaryInThread(set.EndedAfterRound) : "";
        return FullWidthCard.Create(
            [
                Heading.Of("A learning set has ended"),
                new TextBlock($"{who} ended \"{PlainText.Of(set.Topic)}\"{team} {when}. No more rounds will come.{summary}"),
                new TextBlock("Thank you for taking part.") { IsSubtle = true },
            ],
            thread is null ? null : [new OpenUrlAction(ThreadButton, thread)],
            "A learning set has ended");
    }

    /// <summary>Where the note says the round's answers are: in the thread its post started.</summary>
    public static string SummaryInThread(int round) => $"Round {round}'s answers are summarised in its thread.";

    /// <summary>What the note says instead when the round's post never reached the channel (decision 093).</summary>
    public static string SummaryInChannel(int round) =>
        $"Round {round}'s question could not be posted in the channel, so its answers are summarised there in a post of their own.";

    /// <summary>
    /// Shown to the champion who pressed "Start the first round now"; the next time is the set's, named as the "set is on"
    /// card names it (decision 103: it was a bare time, read as the champion's own).
    /// </summary>
    public static AdaptiveCard StartedNow(LearningSet set, string channelTitle, DateTimeOffset nextLocal)
    {
        ArgumentNullException.ThrowIfNull(set);
        var when = $"{nextLocal.ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture)} ({ZoneChoices.Label(set.TimeZoneId)} time)";
        var next = set.Rounds > 1 ? $"Round 2 comes on {when}, as planned." : $"It closes on {when}.";
        var text = $"Round 1 of \"{PlainText.Of(set.Topic)}\" is starting now in {PlainText.Of(channelTitle)}. {next}";
        return FullWidthCard.Create([new TextBlock(text)], [LearningSetEndCards.EndAction(set)], text);
    }

    public static ExecuteAction StartNow(LearningSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return CardActions.Execute(StartNowButton, LearningSetVerbs.StartNow, new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = set.SetId });
    }

    private static Dictionary<string, string> AnswerData(LearningSet set) => new(StringComparer.Ordinal)
    {
        [LearningAnswerDraft.SetKey] = set.SetId,
        [LearningAnswerDraft.RoundKey] = "1",
        [LearningAnswerDraft.EditKey] = "true",
    };
}
