using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Decision 097, the same contract: the author's notice that their offered story was approved, or not this time, waits
/// with the decider's id in a slot, never their name, and goes naming them, or with "A team leader" once the decider has
/// deleted their data. Robin (staff) offers; Sam (a champion) decides.
/// </summary>
public abstract partial class OutboxAtRestContract
{
    [Theory]
    [InlineData(true, "A team leader approved \"" + Title + "\"")]
    [InlineData(false, "A team leader read \"" + Title + "\" and decided not to post it this time.")]
    public async Task A_story_decision_waiting_when_the_decider_deletes_their_data_holds_nothing_of_them_and_says_a_team_leader(bool approve, string expected)
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Champion);
        await DecideRobinsStoryAsync(bot, approve);

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(approve ? "Your story was approved" : "About your story", StringComparison.Ordinal));
        Assert.Contains(expected, told.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsName, told.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, " approved \"" + Title + "\"")]
    [InlineData(false, " read \"" + Title + "\" and decided not to post it this time.")]
    public async Task A_story_decision_waits_with_the_decider_s_id_not_their_name_and_goes_naming_them(bool approve, string expected)
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Champion);
        await DecideRobinsStoryAsync(bot, approve);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, StoryBot.SamAad));
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(approve ? "Your story was approved" : "About your story", StringComparison.Ordinal));
        Assert.Contains(SamsName + expected, told.CardText, StringComparison.Ordinal);
    }

    // Robin offers a story; it reaches Alex and Sam; Sam approves it (or says not this time, with no kind word), which
    // queues the notice to Robin.
    private static async Task DecideRobinsStoryAsync(StoryBot bot, bool approve)
    {
        var storyId = await StoryOfferTests.OfferAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();
        await bot.PressAsync(approve ? StoryVerbs.Approve : StoryVerbs.NotThisTime, StoryOfferTests.Id(storyId), StoryBot.SamAad);
        var key = OutboxMessage.KeyFor(OutboxPersonalCards.CycleOf(storyId), StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryOffers.DecisionKind);
        Assert.Equal(OutboxStatus.Pending, (await bot.App.Get<IOutboxStore>().FindAsync(key, Token))?.Status);
    }
}
