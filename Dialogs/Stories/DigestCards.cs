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

    /// <summary>The ask's last line: who can stop it, and how (decision 076).</summary>
    public const string AskStopText =
        "I ask champions when a week has no stories. A team leader can stop these, and the digest: they @mention me in the team channel and type **digest off**.";

    private const string AskTitle = "Have you seen a difference made this week?";

    public static AdaptiveCard AskForStory() => FullWidthCard.Create(
    [
        Heading.Of(AskTitle),
        new TextBlock("No success stories were shared in your team since the last digest. As a champion, you could share one: a small change that mattered to someone counts. Type **story** here to write it."),
        new TextBlock(AskStopText) { IsSubtle = true },
    ], fallbackText: AskTitle);
}
