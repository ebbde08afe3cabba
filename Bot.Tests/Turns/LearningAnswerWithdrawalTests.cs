using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>A member withdraws their own round answer; a posted summary is updated in the channel without it.</summary>
public sealed class LearningAnswerWithdrawalTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_the_summary_was_posted_a_member_withdraws_their_answer_and_the_summary_in_the_channel_is_updated_without_it()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await RoundOneSummarisedAsync(bot);
        var summaryRow = await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, 1), StoryBot.Channel, LearningRoundRunner.SummaryKind), Token);
        var posted = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Contains("Sam's challenge", posted.CardText, StringComparison.Ordinal);
        var withdraw = CardJsonButtons.Find(posted.Card!.Value, "Withdraw my answer")["data"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

        var said = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer, withdraw, StoryBot.SamAad, inChannel: true);

        Assert.Contains("the round summary in the channel no longer shows it", said.GetString(), StringComparison.Ordinal);
        var update = Assert.Single(bot.App.Connector.Sent, s => s.Operation == "update");
        Assert.Equal((summaryRow!.SentActivityId, summaryRow.ChannelConversationId), (update.TargetId, update.ConversationId));
        Assert.DoesNotContain("Sam's challenge", update.CardText, StringComparison.Ordinal);
        Assert.Contains("Robin's challenge", update.CardText, StringComparison.Ordinal);
        Assert.Contains("1 of 2 members answered", update.CardText, StringComparison.Ordinal);
        Assert.Equal([StoryBot.RobinAad], (await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token)).Select(a => a.AadObjectId.ToUpperInvariant()));
    }

    [Fact]
    public async Task Only_the_presser_s_own_answer_goes_and_someone_outside_the_set_is_refused()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await RoundOneSummarisedAsync(bot);
        var data = new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = set.SetId, [LearningAnswerDraft.RoundKey] = "1" };

        var outsider = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer, data, StoryBot.AlexAad, inChannel: true);
        var robin = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer, data, StoryBot.RobinAad, inChannel: true);
        var again = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer, data, StoryBot.RobinAad, inChannel: true);
        var forged = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer, new Dictionary<string, string>(data) { [LearningAnswerDraft.SetKey] = "forged-set" }, StoryBot.SamAad, inChannel: true);

        Assert.Equal(LearningSetDialog.MembersOnly, outsider.GetString());
        Assert.Contains("is withdrawn", robin.GetString(), StringComparison.Ordinal);
        Assert.Equal(LearningAnswerWithdrawal.NoAnswer, again.GetString());
        Assert.Equal(LearningSetDialog.SetGone, forged.GetString());
        var left = Assert.Single(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
        Assert.Equal(StoryBot.SamAad, left.AadObjectId, ignoreCase: true);
    }

    [Fact]
    public async Task An_answer_withdrawn_before_the_round_ends_is_not_in_the_summary()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        var runner = bot.App.Get<LearningRoundRunner>();
        await runner.RunAsync(set.SetId, set.FirstRoundAt, Token);
        await bot.DrainAsync();
        var saved = await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Sam's challenge"), StoryBot.SamAad);

        var said = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer, StoryBot.DataOf(saved, "Withdraw my answer"), StoryBot.SamAad, inChannel: true);
        await runner.RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();

        Assert.Contains("It won't be in the round summary", said.GetString(), StringComparison.Ordinal);
        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.DoesNotContain("Sam's challenge", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("Nobody answered this round", summary.CardText, StringComparison.Ordinal);
    }

    private static async Task<LearningSet> RoundOneSummarisedAsync(StoryBot bot)
    {
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        var runner = bot.App.Get<LearningRoundRunner>();
        await runner.RunAsync(set.SetId, set.FirstRoundAt, Token);
        await bot.DrainAsync();
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Sam's challenge"), StoryBot.SamAad);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Robin's challenge"), StoryBot.RobinAad);
        await runner.RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();
        return set;
    }
}
