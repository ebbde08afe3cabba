using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 086, through the real host on SQLite: the members of a set ended early hear of it in their 1:1 chat, once,
/// with the set, the team, the round and who ended it. Before it only the channel was told. Alex started the set; Sam and
/// Robin are its members.
/// </summary>
public sealed class LearningSetEndNoticeTests
{
    private const string AlexChat = "personal-user-id-0";
    private const string SamChat = "personal-user-id-1";
    private const string RobinChat = "personal-user-id-2";
    private const string Heading = "A learning set has ended";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_still_in_the_team_is_told_once_with_a_link_to_the_rounds_thread_and_a_leaver_and_the_champion_are_not()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        Assert.True(await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token));
        bot.App.Connector.Sent.Clear();

        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.DrainAsync();

        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(Heading, StringComparison.Ordinal));
        Assert.Equal(SamChat, told.ConversationId);
        Assert.Contains(
            "The champion ended \"Conversations about risk\" in My Team after round 1 of 3. No more rounds will come. Round 1's answers are summarised in its thread.",
            told.CardText, StringComparison.Ordinal);
        var root = (await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, 1), StoryBot.Channel, LearningRoundRunner.PromptKind), Token))!.SentActivityId;
        var button = Assert.Single(Buttons(told.Card!.Value), NotTheStop);
        Assert.Equal(("Action.OpenUrl", LearningSetMemberCards.ThreadButton), (button.GetProperty("type").GetString(), button.GetProperty("title").GetString()));
        Assert.Equal(
            $"https://teams.microsoft.com/l/message/{StoryBot.Channel}/{root}?tenantId=00000000-0000-0000-0000-0000000000001&groupId=00000000-0000-0000-0000-000000000031&parentMessageId={root}&teamName=My%20Team",
            button.GetProperty("url").GetString());
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId is RobinChat or AlexChat);
    }

    // Decision 093: the end comes while round 2's post still waits in the outbox; the note waits behind it and goes
    // with the link to round 2's thread. Before, it went at once, without the button.
    [Fact]
    public async Task A_set_ended_while_the_rounds_post_waits_tells_the_member_with_a_link_to_that_rounds_thread()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        bot.App.Connector.Sent.Clear();

        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.DrainAsync();

        var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == SamChat && s.CardText.Contains(Heading, StringComparison.Ordinal));
        Assert.Contains("after round 2 of 3", told.CardText, StringComparison.Ordinal);
        var root = (await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, 2), StoryBot.Channel, LearningRoundRunner.PromptKind), Token))!.SentActivityId;
        Assert.False(string.IsNullOrEmpty(root));
        var button = Assert.Single(Buttons(told.Card!.Value), NotTheStop);
        Assert.Equal(LearningSetMemberCards.ThreadButton, button.GetProperty("title").GetString());
        Assert.StartsWith($"https://teams.microsoft.com/l/message/{StoryBot.Channel}/{root}?", button.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_who_ends_a_set_before_its_first_round_is_named_a_team_leader_to_the_champion_and_the_members_and_is_not_told_themself()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Leader, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();

        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set), StoryBot.SamAad);
        await bot.DrainAsync();

        var told = bot.App.Connector.Sent.Where(s => s.CardText.Contains(Heading, StringComparison.Ordinal)).ToList();
        Assert.Equal([AlexChat, RobinChat], told.Select(s => s.ConversationId).Order(StringComparer.Ordinal).ToList());
        Assert.All(told, s =>
        {
            Assert.Contains("A team leader ended \"Conversations about risk\" in My Team before its first round. No more rounds will come.", s.CardText, StringComparison.Ordinal);
            Assert.Equal([NoteStopCards.StopButton], s.Card!.Value.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        });
    }

    [Fact]
    public async Task A_member_who_deleted_their_data_or_blocked_the_bot_before_the_note_went_gets_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        bot.App.Connector.Sent.Clear();

        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity("user-id-1", StoryBot.SamAad), Token);
        await bot.App.Get<IReachability>().MarkUnreachableAsync("user-id-2", "ConversationBlockedByUser", bot.App.Get<TimeProvider>().GetUtcNow(), Token);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains(Heading, StringComparison.Ordinal));
        var robins = await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(OutboxPersonalCards.CycleOf("learning:" + set.SetId), "user-id-2", LearningSetEndNotice.EndedKind), Token);
        Assert.Equal(OutboxStatus.Unreachable, robins?.Status);
        Assert.Null(await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(OutboxPersonalCards.CycleOf("learning:" + set.SetId), "user-id-1", LearningSetEndNotice.EndedKind), Token));
    }

    // Every note also carries the stop of its group as its last button (decision 096), the card's one action; the note's
    // own buttons are then a row at the foot of its body.
    private static bool NotTheStop(JsonElement action) => action.GetProperty("title").GetString() != NoteStopCards.StopButton;

    private static IEnumerable<JsonElement> Buttons(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Where(element => element.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(row => row.GetProperty("actions").EnumerateArray())
            .Concat(card.GetProperty("actions").EnumerateArray());
}
