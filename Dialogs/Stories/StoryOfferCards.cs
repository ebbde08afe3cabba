namespace OutcomesBot.Dialogs.Stories;

/// <summary>The cards of a story offered by staff: for the leaders and champions who decide, and for its author.</summary>
public static class StoryOfferCards
{
    public const string NotThisTimeButton = "Not this time";

    /// <summary>What each leader and champion of the team gets in their 1:1 chat: the story as written, and two choices.</summary>
    public static AdaptiveCard ForApprover(StoryOffer offer, string channelTitle, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var story = offer.Story;
        var author = AuthorOf(story);
        List<CardElement> body =
        [
            new Container([new TextBlock($"{author} offers this success story for {PlainText.Of(channelTitle)}. Approve it to post it there, or say not this time.") { Size = "Small" }]) { Style = "emphasis" },
        ];
        if (problem is not null)
        {
            body.Add(Callout.Problem(problem));
        }

        body.AddRange(StoryPostCards.StoryBody(story.Title, story.Mattered, story.Changed, story.Helped, story.OutcomeKinds, story.AuthorName));
        var data = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = story.StoryId };
        var kindWord = new AdaptiveCard
        {
            Body =
            [
                new TextInput(StoryVerbs.KindWordKey, "A kind word back (optional)")
                {
                    IsMultiline = true, MaxLength = StoryOffers.KindWordMax, Placeholder = "For example: thank you, let's talk about it at supervision",
                },
            ],
            Actions = [CardActions.Execute("Send", StoryVerbs.NotThisTime, data, submitsInputs: true)],
        };
        return FullWidthCard.Create(body, [CardActions.Execute("Approve and post", StoryVerbs.Approve, data), new ShowCardAction(NotThisTimeButton, kindWord)], $"{author} offers a success story");
    }

    /// <summary>The author's answer to "Send to my team leader for approval".</summary>
    public static AdaptiveCard Offered(Story story, IReadOnlyList<string> approvers)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(approvers);
        var who = approvers.Count == 1 ? PlainText.Of(approvers[0]) : $"your team's leaders and champions ({approvers.Count})";
        return FullWidthCard.Titled(
            "Your story is with your team leader", $"I've sent \"{PlainText.Of(story.Title)}\" to {who}. I'll tell you here when one of them has decided.");
    }

    public static AdaptiveCard Approved(Story story, string channelTitle)
    {
        ArgumentNullException.ThrowIfNull(story);
        return FullWidthCard.Titled("Approved", $"\"{PlainText.Of(story.Title)}\" will appear in {PlainText.Of(channelTitle)} in a moment. I've told {AuthorOf(story)}.");
    }

    public static AdaptiveCard NotPosted(Story story) => FullWidthCard.Titled("Not this time", $"Nothing was posted. I've told {AuthorOf(story)}, with your words if you wrote some.");

    public static AdaptiveCard AlreadyDecided(StoryOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var what = offer.Decision == StoryOfferDecision.Approved ? "approved and posted" : "answered with not this time";
        return Notice($"Another leader or champion has already {what} this story, so nothing more was done.");
    }

    /// <summary>What the author hears when the story was approved: it is on its way, and they can still take it down.</summary>
    public static AdaptiveCard ToAuthorApproved(Story story, string? deciderName, string channelTitle) => ApprovedBy(story, Who(deciderName), channelTitle);

    /// <summary>The same card with the decider's name left to be filled in as it goes (decisions 094, 097).</summary>
    public static AdaptiveCard ToAuthorApprovedAtSend(Story story, string? deciderAadObjectId, string? deciderName, string channelTitle) =>
        ApprovedBy(story, NameAtSend.Slot(deciderAadObjectId, deciderName, NobodyNamed), channelTitle);

    public static AdaptiveCard ToAuthorNotThisTime(Story story, string? deciderName, string? kindWord) => NotThisTimeBy(story, Who(deciderName), kindWord);

    /// <summary>The same card with the decider's name left to be filled in as it goes (decision 097).</summary>
    public static AdaptiveCard ToAuthorNotThisTimeAtSend(Story story, string? deciderAadObjectId, string? deciderName, string? kindWord) =>
        NotThisTimeBy(story, NameAtSend.Slot(deciderAadObjectId, deciderName, NobodyNamed), kindWord);

    private static AdaptiveCard ApprovedBy(Story story, string who, string channelTitle)
    {
        ArgumentNullException.ThrowIfNull(story);
        return FullWidthCard.Create(
            [
                Heading.Of("Your story was approved"),
                new TextBlock($"{who} approved \"{PlainText.Of(story.Title)}\". It is being posted in {PlainText.Of(channelTitle)}. Thank you for sharing what made a difference."),
                new TextBlock("Changed your mind? You can take it down here, or later from **my stories**.") { IsSubtle = true },
            ],
            [StoryPostCards.TakeDownButton(story.StoryId)],
            "Your story was approved");
    }

    private static AdaptiveCard NotThisTimeBy(Story story, string who, string? kindWord)
    {
        ArgumentNullException.ThrowIfNull(story);
        List<CardElement> body =
        [
            Heading.Of("About your story"),
            new TextBlock($"{who} read \"{PlainText.Of(story.Title)}\" and decided not to post it this time. Thank you for offering it: it still counts."),
        ];
        if (!string.IsNullOrWhiteSpace(kindWord))
        {
            body.Add(new Container([new TextBlock(PlainText.Of(kindWord)) { IsSubtle = true }]) { Style = "emphasis" });
        }

        return FullWidthCard.Create(body, null, "About your story");
    }

    /// <summary>Approve pressed after the author left the story's team: nothing is posted or decided.</summary>
    public static AdaptiveCard AuthorLeft(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return Notice($"{AuthorOf(story)} is no longer in this team, so their story can't go to its channel. Nothing was posted.");
    }

    public static AdaptiveCard Notice(string text) => FullWidthCard.Create([new TextBlock(text)], null, text);

    private static string AuthorOf(Story story) => string.IsNullOrWhiteSpace(story.AuthorName) ? "A colleague" : PlainText.Of(story.AuthorName);

    // The cards' words for the decider when they cannot be named.
    private const string NobodyNamed = "A team leader";

    private static string Who(string? name) => string.IsNullOrWhiteSpace(name) ? NobodyNamed : PlainText.Of(name);
}
