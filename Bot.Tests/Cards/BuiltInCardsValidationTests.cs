using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>Every card the bot builds goes through the Adaptive Cards parser and the Teams checks in tools/node.</summary>
[Slow]
public sealed class BuiltInCardsValidationTests
{
    // What a leader leading two teams is told when their chat opens late (decision 099): one person back, and four.
    private static readonly WaitingItem[] LeaderWaiting =
    [
        new("Sam Baker was a champion in Riverside Reablement before they left, and is back as staff. Make them one again?", ChampionsWaiting.Decide, ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = "team-r" }),
        new("Robin Cole, Ana Lopez and 2 others were champions in Night Shift before they left, and are back as staff. Make them champions again?", ChampionsWaiting.Decide, ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = "team-n" }),
    ];

    // What waits for a leader of two teams, and for a champion (decision 101): story offers first, then former champions.
    private static readonly WaitingItem[] StoriesWaiting =
    [
        new("2 stories wait for your OK in Riverside Reablement.", StoryOffersWaiting.Show, StoryVerbs.Waiting, new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team-r" }),
        new("1 story waits for your OK in Night Shift.", StoryOffersWaiting.Show, StoryVerbs.Waiting, new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team-n" }),
    ];

    /// <summary>The cards by name (also for <see cref="CardGallery"/>).</summary>
    internal static readonly Dictionary<string, AdaptiveCard> Cards = new(StringComparer.Ordinal)
    {
        ["welcome-personal"] = WelcomeCard.Create(inSharedConversation: false),
        ["welcome-shared"] = WelcomeCard.Create(inSharedConversation: true),
        ["welcome-leader-waiting"] = WelcomeCard.Create(inSharedConversation: false, CommandAudience.Leaders, LeaderWaiting),
        ["welcome-leader-stories-waiting"] = WelcomeCard.Create(inSharedConversation: false, CommandAudience.Leaders, [.. StoriesWaiting, LeaderWaiting[0]]),
        ["welcome-champion-stories-waiting"] = WelcomeCard.Create(inSharedConversation: false, CommandAudience.LeadersAndChampions, StoriesWaiting[..1]),
        ["stories-waiting-one"] = StoryOffersWaiting.Answer("Riverside Reablement", 1, 0),
        ["stories-waiting-more"] = StoryOffersWaiting.Answer("Riverside Reablement", 3, 2),
        ["stories-waiting-none"] = StoryOffersWaiting.Answer("Riverside Reablement", 0, 0),
        ["story-take-down-question"] = StoryTakeDownCards.Confirm(new Story
        {
            StoryId = "story-1", TeamId = "team-r", TenantId = "tenant-1", ChannelId = "channel-1", AuthorAadObjectId = "aad-1", AuthorName = "Sam Baker",
            Title = "Back to the allotment after a long winter indoors", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = DateTimeOffset.UnixEpoch,
        }),
        ["help-personal"] = HelpCard.Create(DeclaredCommands.Listed, inSharedConversation: false),
        ["help-shared"] = HelpCard.Create(DeclaredCommands.Listed, inSharedConversation: true),
    };

    [Fact]
    public async Task Built_in_cards_pass_the_card_validator()
    {
        var (result, report) = await CardValidation.ReportAsync(Cards);

        Assert.Equal(Cards.Count, report.Count);
        Assert.All(report, entry => Assert.True(entry.Value.Length == 0, $"{entry.Key}: {string.Join("; ", entry.Value)}"));
        Assert.Equal(0, result.ExitCode);
    }
}
