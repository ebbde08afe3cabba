using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Fields;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Members of a new set are told in their 1:1 chats, with a button to answer; "start the first round now" opens round 1
/// at once, once, and only for the team's champions and leaders. Alex is the champion; Sam and Robin are members.
/// </summary>
public sealed class LearningSetTellingTests
{
    private const string SamChat = "personal-user-id-1";
    private const string RobinChat = "personal-user-id-2";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_member_of_a_new_set_is_told_the_question_when_rounds_come_and_can_write_an_answer_from_there()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        await bot.DrainAsync();

        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        foreach (var chat in new[] { SamChat, RobinChat })
        {
            var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == chat);
            Assert.Contains("You're in an action-learning set", told.CardText, StringComparison.Ordinal);
            Assert.Contains("Alex Wilber asked you to join \"Conversations about risk\" in My Team › General, with 1 colleague.", told.CardText, StringComparison.Ordinal);
            Assert.Contains("3 rounds in all, every week", told.CardText, StringComparison.Ordinal);
            Assert.Contains("Tuesday", told.CardText, StringComparison.Ordinal);
            Assert.Contains($"({ZoneChoices.Label(set.TimeZoneId)} time)", told.CardText, StringComparison.Ordinal);
        }

        var samCard = bot.App.Connector.Sent.Single(s => s.ConversationId == SamChat).Card!.Value;
        var answer = await bot.PressAsync(LearningSetVerbs.Answer, StoryBot.DataOf(samCard, "Write my answer for round 1"), StoryBot.SamAad);
        Assert.Contains("Round 1 of 3", StoryBot.Text(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("Please write", StoryBot.Text(answer), StringComparison.Ordinal);
        Assert.Equal(set.SetId, StoryBot.DataOf(samCard, "Write my answer for round 1")[LearningAnswerDraft.SetKey]);
    }

    [Fact]
    public async Task Start_the_first_round_now_posts_round_one_once_and_later_rounds_keep_the_chosen_day()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var started = await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var planned = (await LearningSetTurnTests.OnlySetAsync(bot)).FirstRoundAt;
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();

        var press = StoryBot.DataOf(started, LearningSetMemberCards.StartNowButton);
        var byStaff = await bot.PressAsync(LearningSetVerbs.StartNow, press, StoryBot.RobinAad);
        var now = await bot.PressAsync(LearningSetVerbs.StartNow, press);
        var again = await bot.PressAsync(LearningSetVerbs.StartNow, press);
        await bot.DrainAsync();

        Assert.Contains(LearningSetMemberCards.ChampionsOnly, StoryBot.Text(byStaff), StringComparison.Ordinal);
        Assert.Contains("Round 1 of \"Conversations about risk\" is starting now", StoryBot.Text(now), StringComparison.Ordinal);
        Assert.Contains("Round 2 comes on Tuesday", StoryBot.Text(now), StringComparison.Ordinal);
        Assert.Contains(LearningSetMemberCards.AlreadyStarted, StoryBot.Text(again), StringComparison.Ordinal);
        var prompt = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains("Round 1 of 3", prompt.CardText, StringComparison.Ordinal);

        // The set's own trigger still fires at the planned time, which is now round 2.
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        Assert.Equal(2, set.RoundFor(planned));
        Assert.Equal(planned, set.RoundAt(2));
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, planned, Token));
    }
}
