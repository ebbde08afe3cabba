using OutcomesBot.Dialogs.Exercises.OutcomesBasics;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>The story as the team sees it, its preview for the author, and the author's confirmation.</summary>
public static class StoryPostCards
{
    public const string TakenDownText = "This success story was taken down.";
    public const string OfferButton = "Send to my team leader for approval";

    public static AdaptiveCard Preview(StoryDraft draft, StoryChannel channel, string? authorName, bool forApproval = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(channel);
        var kinds = draft.Kinds;
        return FullWidthCard.Create(
            [
                Callout.Note(forApproval
                    ? $"Preview: this is how your story will look in {PlainText.Of(channel.Title)} once a team leader or champion approves it."
                    : $"Preview: this is how your story will look in {PlainText.Of(channel.Title)}."),
                .. StoryBody(draft.Title, draft.Mattered, draft.Changed, draft.Helped, kinds, authorName),
            ],
            [
                forApproval
                    ? CardActions.Execute(OfferButton, StoryVerbs.Offer, draft.ToData())
                    : CardActions.Execute("Post", StoryVerbs.Post, draft.ToData()),
                CardActions.Execute("Edit", StoryVerbs.Compose, draft.ToData()),
            ],
            "Preview of your success story");
    }

    public static AdaptiveCard Posted(Story story, int celebrations)
    {
        ArgumentNullException.ThrowIfNull(story);
        var counted = celebrations switch
        {
            0 => "Be the first to celebrate this.",
            1 => "1 person celebrated this.",
            _ => $"{celebrations} people celebrated this.",
        };
        return FullWidthCard.Create(
            [
                .. StoryBody(story.Title, story.Mattered, story.Changed, story.Helped, story.OutcomeKinds, story.AuthorName),
                new TextBlock(counted) { IsSubtle = true, Spacing = "Medium" },
            ],
            [CardActions.Execute("🎉 Celebrate", StoryVerbs.Celebrate, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = story.StoryId })],
            $"Success story: {story.Title}");
    }

    public static AdaptiveCard Sent(Story story, string channelTitle)
    {
        ArgumentNullException.ThrowIfNull(story);
        return FullWidthCard.Create(
            [
                Heading.Of("Your story is on its way"),
                new TextBlock($"\"{PlainText.Of(story.Title)}\" will appear in {PlainText.Of(channelTitle)} in a moment. Thank you for sharing what made a difference."),
                new TextBlock("Changed your mind? You can take it down here, or later from **my stories**.") { IsSubtle = true },
            ],
            [TakeDownButton(story.StoryId)],
            "Your story is on its way");
    }

    /// <summary>What stays in the channel where a client cannot delete a message.</summary>
    public static AdaptiveCard TakenDown() => FullWidthCard.Saying(new TextBlock(TakenDownText) { IsSubtle = true });

    public static ExecuteAction TakeDownButton(string storyId) =>
        CardActions.Execute("Take it down", StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId }) with { Style = "destructive" };

    internal static IEnumerable<CardElement> StoryBody(string title, string mattered, string changed, string helped, IReadOnlyList<string> kinds, string? authorName)
    {
        var kindTitles = OutcomeKinds.WithCarers.Where(c => kinds.Contains(c.Value)).Select(c => c.Title);
        return
        [
            Heading.Of(PlainText.Of(title)),
            new TextBlock($"A success story shared by {(string.IsNullOrWhiteSpace(authorName) ? "a colleague" : PlainText.Of(authorName))}") { IsSubtle = true, Spacing = "None" },
            Section("What mattered to the person", mattered),
            Section("What changed", changed),
            Section("What helped", helped),
            new FactSet([new Fact("Outcomes", string.Join(", ", kindTitles))]),
        ];
    }

    private static Container Section(string heading, string text) =>
        LabelledText.Of(heading, PlainText.Of(text)) with { Spacing = "Medium" };
}
