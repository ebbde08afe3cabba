using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>The weekly story digest in the team channel, and the ask to champions when there is nothing to share.</summary>
public static class DigestCards
{
    public static AdaptiveCard Digest(IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        List<CardElement> body =
        [
            Heading.Of("This week's success stories"),
            new TextBlock($"{stories.Count} {(stories.Count == 1 ? "story" : "stories")} shared by the team's leaders and champions since the last digest.") { Spacing = "None", IsSubtle = true },
        ];
        foreach (var story in stories)
        {
            body.Add(new Container(
            [
                new TextBlock(PlainText.Of(story.Title)) { Weight = "Bolder" },
                new TextBlock($"What changed: {PlainText.Of(story.Changed)}") { Spacing = "None", MaxLines = 3 },
                new TextBlock($"Shared by {(story.AuthorName is { } author ? PlainText.Of(author) : "a colleague")}") { IsSubtle = true, Spacing = "None" },
            ]) { Separator = true, Spacing = "Medium" });
        }

        return FullWidthCard.Create(body, fallbackText: "This week's success stories");
    }

    public const string TakenDownText = "This story was taken down.";

    /// <summary>What a posted digest becomes when every story it carried was taken down (decision 077).</summary>
    public static AdaptiveCard TakenDown() => FullWidthCard.Create(
    [
        Heading.Of("This week's success stories"),
        new TextBlock(TakenDownText) { IsSubtle = true },
    ], fallbackText: TakenDownText);

    /// <summary>The ask's last line: who can stop it, and how (decisions 076 and 079).</summary>
    public const string AskStopText =
        "I ask champions when a week has no stories. **Don't ask me for stories** stops this for you. A team leader can stop it for everyone, and the digest: they @mention me in the team channel and type **digest off**.";

    public const string StopButton = "Don't ask me for stories";
    public const string WriteButton = "Write a story";
    public const string AgainButton = "Ask me again";

    private const string AskTitle = "Have you seen a difference made this week?";

    /// <summary>The ask to a champion of <paramref name="teamId"/>, whose button stops it for them in that team (decision 079).</summary>
    public static AdaptiveCard AskForStory(string teamId) => FullWidthCard.Create(
    [
        Heading.Of(AskTitle),
        new TextBlock("No success stories were shared in your team since the last digest. As a champion, you could share one: a small change that mattered to someone counts."),
        new TextBlock(AskStopText) { IsSubtle = true },
    ],
    [CardActions.Execute(WriteButton, WelcomeVerbs.OpenStories), CardActions.Execute(StopButton, StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = teamId })],
    AskTitle);

    public const string StopAllButton = "Stop it for all my teams";

    public const string OtherTeamsText = "You are a champion in other teams too. **Stop it for all my teams** stops my asks in each of them.";

    /// <summary>
    /// The stop in one team; when the person champions other teams too, one more button stops it in all of them
    /// (decision 084).
    /// </summary>
    public static AdaptiveCard AskStopped(string teamId, string? teamName, bool championsOtherTeams = false)
    {
        var again = CardActions.Execute(AgainButton, StoryVerbs.AskAgain, new Dictionary<string, string> { [StoryVerbs.TeamKey] = teamId });
        if (!championsOtherTeams)
        {
            return FullWidthCard.Titled(StoppedTitle, Stopped([teamName]), again);
        }

        return FullWidthCard.Create(
            [Heading.Of(StoppedTitle), new TextBlock(Stopped([teamName])), new TextBlock(OtherTeamsText)],
            [CardActions.Execute(StopAllButton, StoryVerbs.AskStopAll), again],
            StoppedTitle);
    }

    /// <summary>The stop in every team the person champions (decision 084); asking again undoes it in all of them.</summary>
    public static AdaptiveCard AskStoppedInAll(IReadOnlyList<string?> teamNames) =>
        FullWidthCard.Titled(StoppedTitle, Stopped(teamNames), CardActions.Execute(AgainButton, StoryVerbs.AskAgain));

    private const string StoppedTitle = "I won't ask you again";

    private static string Stopped(IReadOnlyList<string?> teamNames) =>
        $"I won't ask you for stories for {Names(teamNames)} any more. You can still share one any time: type **story**. "
            + "Changed your mind? Press **Ask me again**, or type **ask me for stories**.";

    private static string Names(IReadOnlyList<string?> teamNames) => teamNames.Count switch
    {
        1 => TeamName(teamNames[0]),
        _ => string.Join(", ", teamNames.SkipLast(1).Select(TeamName)) + " and " + TeamName(teamNames[^1]),
    };

    public const string AskStopRefusedText =
        "I only ask a team's champions for stories, and you are not a champion in that team now, so there is nothing to stop.";

    public static AdaptiveCard AskStopRefused() => FullWidthCard.Saying(AskStopRefusedText);

    public const string NothingStoppedText = "You have not stopped my asks for stories, so nothing changes: I ask champions when a week has no stories.";

    /// <summary>What asking again did: the teams whose ask is back, or that there was no stop.</summary>
    public static AdaptiveCard AskedAgain(IReadOnlyList<string> teamNames)
    {
        ArgumentNullException.ThrowIfNull(teamNames);
        return teamNames.Count == 0
            ? FullWidthCard.Saying(NothingStoppedText)
            : FullWidthCard.Titled("I'll ask you again", $"When a week has no stories in {string.Join(" or ", teamNames.Select(TeamName))}, I'll ask you for one again.");
    }

    private static string TeamName(string? name) => name is { Length: > 0 } ? PlainText.Of(name) : "your team";
}
