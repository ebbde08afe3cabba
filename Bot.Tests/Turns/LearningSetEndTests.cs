using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Momentum.LeaderTab;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.LearningSets;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 078, through the real host on SQLite: the champion who started an action-learning set (or a team leader)
/// ends it early from their card. Before this nobody could: its rounds came until the last.
/// </summary>
public sealed class LearningSetEndTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_champion_ends_a_set_after_round_1_and_no_round_comes_even_when_its_firing_runs()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var started = await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await StartRoundOneAsync(bot);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Sam's challenge"), StoryBot.SamAad);

        Assert.Contains(LearningSetEndCards.EndButton, StoryBot.Text(started), StringComparison.Ordinal);
        Assert.Contains(LearningSetVerbs.End, CardTexts.Verbs(started));
        var ended = await bot.PressAsync(LearningSetVerbs.End, SetData(set));

        Assert.Contains("You ended", StoryBot.Text(ended), StringComparison.Ordinal);
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);
        Assert.Empty(await scheduler.GetTriggersOfJob(QuartzLearningSetSchedule.JobKey(set.SetId), Token));
        Assert.Equal(0, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3", StringComparison.Ordinal));
        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Contains("Sam's challenge", summary.CardText, StringComparison.Ordinal);
        var line = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set", StringComparison.Ordinal));
        Assert.Contains("The champion ended this set (Conversations about risk) after round 1.", line.CardText, StringComparison.Ordinal);

        var late = await bot.PressAsync(LearningSetVerbs.Answer, LearningSetTurnTests.Answer(set.SetId, 2, "Robin's challenge"), StoryBot.RobinAad, inChannel: true);
        Assert.Equal(LearningSetDialog.SetEnded, late.GetString());
        Assert.Empty(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 2, Token));
    }

    [Theory]
    [InlineData(StoryBot.RobinAad, TeamRole.Staff)]
    [InlineData(StoryBot.SamAad, TeamRole.Champion)]
    public async Task A_member_or_another_champion_cannot_end_the_set_and_its_rounds_go_on(string presser, TeamRole samRole)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: samRole);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await StartRoundOneAsync(bot);

        var refused = await bot.PressAsync(LearningSetVerbs.End, SetData(set), presser);

        Assert.Equal(LearningSetEndCards.NotAllowed, StoryBot.Text(refused));
        Assert.Null((await bot.App.Get<ILearningSetStore>().GetAsync(set.SetId, Token))!.EndedAt);
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);
        Assert.Single(await scheduler.GetTriggersOfJob(QuartzLearningSetSchedule.JobKey(set.SetId), Token));
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_leader_can_end_a_set_a_champion_started_and_the_line_says_a_leader_did()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Leader);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);

        var ended = await bot.PressAsync(LearningSetVerbs.End, SetData(set), StoryBot.SamAad);
        await bot.DrainAsync();

        Assert.Contains("before its first round", StoryBot.Text(ended), StringComparison.Ordinal);
        var line = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set", StringComparison.Ordinal));
        Assert.Contains("A team leader ended this set (Conversations about risk) before its first round.", line.CardText, StringComparison.Ordinal);
        Assert.Equal(0, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.FirstRoundAt, Token));
    }

    [Fact]
    public async Task A_leader_who_started_the_set_and_ends_it_is_named_a_team_leader_in_the_channel_not_the_champion()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await StartRoundOneAsync(bot);

        await bot.PressAsync(LearningSetVerbs.End, SetData(set));
        await bot.DrainAsync();

        var line = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set", StringComparison.Ordinal));
        Assert.Contains("A team leader ended this set (Conversations about risk) after round 1.", line.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_press_ends_the_set_once_with_one_summary_and_one_line()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await StartRoundOneAsync(bot);

        var presses = await Task.WhenAll(bot.PressAsync(LearningSetVerbs.End, SetData(set)), bot.PressAsync(LearningSetVerbs.End, SetData(set)));
        var again = await bot.PressAsync(LearningSetVerbs.End, SetData(set));
        await bot.DrainAsync();

        var texts = presses.Select(StoryBot.Text).Append(StoryBot.Text(again)).ToList();
        Assert.Single(texts, t => t.StartsWith("You ended", StringComparison.Ordinal));
        Assert.Equal(2, texts.Count(t => t == "This set was already ended after round 1. Nothing more was changed."));
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set", StringComparison.Ordinal));
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Equal(1, (await bot.App.Get<ILearningSetStore>().GetAsync(set.SetId, Token))!.EndedAfterRound);
    }

    [Fact]
    public async Task The_leaders_tab_counts_only_the_rounds_an_ended_set_held()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await StartRoundOneAsync(bot);
        await bot.PressAsync(LearningSetVerbs.End, SetData(set));

        var months = Enumerable.Range(0, 3).Select(i => TabMonths.Of(set.FirstRoundAt.AddMonths(i))).Distinct().ToList();
        var reader = new MonthlyActivityReader(bot.App.Get<IStoryStore>(), bot.App.Get<ILearningSetStore>());
        var activity = await reader.ReadAsync(StoryBot.TeamId, months, set.FirstRoundAt.AddDays(-1), set.RoundAt(4), Token);

        Assert.Equal(1, activity.Values.Sum(month => month.LearningRounds));
    }

    /// <summary>"Start the first round now", so round 1 is open and its prompt posted; returns the set as stored after.</summary>
    internal static async Task<LearningSet> StartRoundOneAsync(StoryBot bot)
    {
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        var startedNow = await bot.PressAsync(LearningSetVerbs.StartNow, SetData(set));
        Assert.Contains(LearningSetEndCards.EndButton, StoryBot.Text(startedNow), StringComparison.Ordinal);
        await bot.DrainAsync();
        return await LearningSetTurnTests.OnlySetAsync(bot);
    }

    internal static Dictionary<string, string> SetData(LearningSet set) => new() { [LearningAnswerDraft.SetKey] = set.SetId };
}
