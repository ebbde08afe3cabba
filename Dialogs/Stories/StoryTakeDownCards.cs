using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>The author's (or a leader's) list of stories they may take down, and what taking one down did.</summary>
public static class StoryTakeDownCards
{
    public const string NotAllowedText = "Only the person who shared a story, or a leader of its team, can take it down.";
    public const string GoneText = "That story is no longer in the channel.";

    /// <summary>What the "press again" card promises (decision 087): the job finishes a take-down left half-way.</summary>
    public static string FinishedForYouText { get; } =
        $"If you don't, I'll finish taking it down for you within {(int)(StoryTakeDown.FinishedWithoutThemAfter + StoryTakeDown.FinishLeftEvery).TotalMinutes} minutes.";

    /// <summary>What a story of a team the person left says under its title (decision 081).</summary>
    public const string LeftTeamText = "a team you left";

    /// <summary>The stories the person may take down, each dated in <paramref name="zone"/>, the person's own.</summary>
    public static AdaptiveCard Mine(IReadOnlyList<ListedStory> stories, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(zone);
        List<CardElement> body = [Heading.Of("Your stories")];
        if (stories.Count == 0)
        {
            body.Add(new TextBlock("There are no stories you can take down: none you shared in the last year is still up."));
        }
        else
        {
            body.Add(new TextBlock("Stories you shared in the last year (and, if you lead a team, its stories). Taking one down removes it from the channel."));
            body.AddRange(stories.Select(story => Row(story, zone)));
        }

        return FullWidthCard.Create(body, fallbackText: "Your stories");
    }

    public static AdaptiveCard Result(WithdrawOutcome outcome, Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var title = PlainText.Of(story.Title);
        var (heading, text) = outcome switch
        {
            WithdrawOutcome.Stopped => ("Taken down", $"\"{title}\" had not been posted yet, and now it won't be."),
            WithdrawOutcome.InFlight => ("Almost", $"\"{title}\" is being posted right now. Press the button again in a few seconds to take it down. {FinishedForYouText}"),
            _ => ("Taken down", $"\"{title}\" has been removed from the channel, with its celebrations."),
        };
        return FullWidthCard.Create(
            [Heading.Of(heading), new TextBlock(text)],
            outcome == WithdrawOutcome.InFlight ? [StoryPostCards.TakeDownButton(story.StoryId)] : [],
            heading);
    }

    /// <summary>The question before a take-down from the list (decision 106): what goes, and a way to keep it.</summary>
    public static AdaptiveCard Confirm(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var data = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = story.StoryId };
        return FullWidthCard.Titled(
            $"Take down \"{PlainText.Of(story.Title)}\"?",
            ConfirmText,
            CardActions.Execute(YesButton, StoryVerbs.TakeDown, data) with { Style = "destructive" },
            CardActions.Execute(KeepButton, StoryVerbs.KeepUp, data));
    }

    public const string ConfirmText = "It goes from the channel with its celebrations, and from the weekly digest. You can't undo this.";
    public const string YesButton = "Yes, take it down";
    public const string KeepButton = "Keep it";

    private static Container Row(ListedStory listed, TimeZoneInfo zone) => new(
    [
        new TextBlock(PlainText.Of(listed.Story.Title)) { Weight = "Bolder" },
        new TextBlock(Posted(listed.Story, zone) + (listed.LeftTeam ? $", in {LeftTeamText}" : "")) { IsSubtle = true, Spacing = "None" },
        // Asks first (decision 106): in a list, one tap on a phone must not take a story down.
        new ActionSet([CardActions.Execute("Take it down", StoryVerbs.TakeDownAsk, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = listed.Story.StoryId })]),
    ])
    {
        Spacing = "Medium",
        Separator = true,
    };

    private static string Posted(Story story, TimeZoneInfo zone) =>
        $"Posted {Exercises.ExerciseCards.Date(story.PostedAt, zone)} by {(string.IsNullOrWhiteSpace(story.AuthorName) ? "a colleague" : PlainText.Of(story.AuthorName))}";
}
