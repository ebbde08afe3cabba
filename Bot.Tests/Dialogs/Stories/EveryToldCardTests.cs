using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Kit;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Dialogs.Stories;

/// <summary>
/// Every card that tells a person what someone else did (decision 030): an offered story and its outcome. Checked by
/// the Adaptive Cards validator here, and drawn with the others by <see cref="CardGallery"/>.
/// </summary>
[Slow]
public sealed class EveryToldCardTests
{
    internal static IReadOnlyList<AdaptiveCard> Gather()
    {
        var at = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);
        var story = new Story
        {
            StoryId = "0193a0b0c0d0e0f0a0b0c0d0e0f0a0b0", TeamId = "team-1", TenantId = "tenant-1", ChannelId = "19:general", AuthorAadObjectId = "aad-robin", AuthorName = "Robin Cole-Longname",
            Title = "Back to the allotment",
            Mattered = "Getting back to his allotment and seeing his friends from the bowling club, which he had missed since the winter.",
            Changed = "He goes twice a week now, with a neighbour, and says he feels like himself again.",
            Helped = "Moving visits to the afternoon and asking the neighbour to join in.",
            OutcomeKinds = ["quality-of-life", "change"], PostedAt = at,
        };
        var set = new LearningSet
        {
            SetId = "set-1", TeamId = "team-1", TenantId = "tenant-1", ChannelId = "19:general", Topic = string.Join(' ', Enumerable.Repeat("Conversations about risk", 5)),
            StarterAadObjectId = "aad-alex", Members = ["aad-alex", "aad-sam", "aad-robin", "aad-megan"], IntervalDays = 14, Rounds = 6, TimeZoneId = "Europe/London", FirstRoundAt = at,
        };
        var offer = new StoryOffer { Story = story, OfferedAt = at };
        var kindWord = string.Join(' ', Enumerable.Repeat("Thank you for this.", 15));
        return
        [
            StoryOfferCards.ForApprover(offer, "My Team › General"),
            StoryOfferCards.ForApprover(offer, "My Team › General", "Please keep the kind word to 300 characters."),
            StoryOfferCards.Offered(story, ["Alex Wilber"]),
            StoryOfferCards.Offered(story, ["Alex Wilber", "Sam Baker"]),
            StoryOfferCards.Approved(story, "My Team › General"),
            StoryOfferCards.NotPosted(story),
            StoryOfferCards.AlreadyDecided(offer with { Decision = StoryOfferDecision.Approved }),
            StoryOfferCards.ToAuthorApproved(story, "Sam Baker", "My Team › General"),
            StoryOfferCards.ToAuthorNotThisTime(story, "Sam Baker", kindWord),
            StoryOfferCards.Notice(StoryOffers.NobodyToAsk),
            ChampionNoticeCards.Named("Care Team North-East and Borders", "Alexandra Wilberforce-Smith"),
            ChampionNoticeCards.Removed("Care Team North-East and Borders", "Alexandra Wilberforce-Smith"),
            LearningSetMemberCards.Joined(set, "Care Team North-East and Borders › Practice reflection", "Alexandra Wilberforce-Smith", at),
            LearningSetMemberCards.StartedNow(set, "Care Team North-East and Borders › Practice reflection", at.AddDays(5)),
            FullWidthCard.Saying(LearningSetMemberCards.AlreadyStarted),
            LearningSetCards.Started(set, "Care Team North-East and Borders › Practice reflection", at),
            ChampionNoticeCards.Back("team-1", "Care Team North-East and Borders", "aad-robin", "Alexandra Wilberforce-Smith"),
            ChampionNoticeCards.Back("team-1", "Care Team North-East and Borders", "aad-robin", null),
            LearningSetMemberCards.Ended(set with { EndedAfterRound = 2 }, "Care Team North-East and Borders", byStarter: true, new Uri("https://teams.microsoft.com/l/message/19%3Ageneral/1733389200000")),
            LearningSetMemberCards.Ended(set with { EndedAfterRound = 0 }, null, byStarter: false, thread: null),
        ];
    }

    [Fact]
    public async Task Every_card_that_tells_someone_passes_the_Adaptive_Cards_validator() =>
        await CardValidation.AssertValidAsync("told", Gather());
}
