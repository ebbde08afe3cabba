using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 080, through the real host on SQLite: a round's firing and an end at the same moment. Before it, a firing that
/// had read the set just before the end was stored still posted its round; and the end said which round it came after
/// by the clock, not by what was posted.
/// </summary>
public sealed class LearningSetEndRaceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firing_that_read_the_set_just_before_the_end_posts_no_round()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        JsonElement ended = default;
        var store = new EndsAfterRead(bot.App.Get<ILearningSetStore>(), async () => ended = await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set)));
        var runner = new LearningRoundRunner(store, bot.App.Get<IOutboxStore>(), bot.App.Get<LearningRoundHeadcount>(), bot.App.Get<TimeProvider>());

        var round = await runner.RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();

        Assert.Equal(0, round);
        Assert.StartsWith("You ended \"Conversations about risk\" after round 1.", StoryBot.Text(ended), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3", StringComparison.Ordinal));
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("The champion ended this set (Conversations about risk) after round 1.", StringComparison.Ordinal));
        var stored = await bot.App.Get<ILearningSetStore>().GetAsync(set.SetId, Token);
        Assert.Equal((1, 1), (stored!.OpenedRound, stored.EndedAfterRound));
    }

    [Fact]
    public async Task A_set_ended_just_after_a_round_opened_ends_after_that_round_and_summarises_it()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);

        // Round 2 opens (its firing ran a little ahead of this instance's clock) and the champion ends the set at once.
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        var ended = await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.DrainAsync();

        Assert.StartsWith("You ended \"Conversations about risk\" after round 2.", StoryBot.Text(ended), StringComparison.Ordinal);
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set (Conversations about risk) after round 2.", StringComparison.Ordinal));
    }

    /// <summary>The real store, with <paramref name="afterRead"/> run once after the first read of a set: an end lands there.</summary>
    private sealed class EndsAfterRead(ILearningSetStore inner, Func<Task> afterRead) : ILearningSetStore
    {
        private Func<Task>? _afterRead = afterRead;

        public async Task<LearningSet?> GetAsync(string setId, CancellationToken cancellationToken)
        {
            var set = await inner.GetAsync(setId, cancellationToken);
            if (Interlocked.Exchange(ref _afterRead, null) is { } end)
            {
                await end();
            }

            return set;
        }

        public Task<bool> TryAddAsync(LearningSet set, CancellationToken cancellationToken) => inner.TryAddAsync(set, cancellationToken);

        public Task<bool> TryMoveFirstRoundAsync(string setId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            inner.TryMoveFirstRoundAsync(setId, from, to, cancellationToken);

        public Task<bool> TryEndAsync(string setId, int afterRound, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.TryEndAsync(setId, afterRound, at, cancellationToken);

        public Task<bool> TryOpenRoundAsync(string setId, int round, CancellationToken cancellationToken) => inner.TryOpenRoundAsync(setId, round, cancellationToken);

        public Task<IReadOnlyList<LearningSet>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) => inner.ListForTeamAsync(teamId, cancellationToken);

        public Task<IReadOnlyDictionary<int, int>> CountAnswersAsync(string setId, CancellationToken cancellationToken) => inner.CountAnswersAsync(setId, cancellationToken);

        public Task SaveAnswerAsync(LearningAnswer answer, CancellationToken cancellationToken) => inner.SaveAnswerAsync(answer, cancellationToken);

        public Task<bool> RemoveAnswerAsync(string setId, int round, string aadObjectId, CancellationToken cancellationToken) =>
            inner.RemoveAnswerAsync(setId, round, aadObjectId, cancellationToken);

        public Task<IReadOnlyList<LearningAnswer>> ListAnswersAsync(string setId, int round, CancellationToken cancellationToken) =>
            inner.ListAnswersAsync(setId, round, cancellationToken);

        public Task<bool> TryMarkSummarisedAsync(string setId, int round, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.TryMarkSummarisedAsync(setId, round, at, cancellationToken);

        public Task<bool> IsSummarisedAsync(string setId, int round, CancellationToken cancellationToken) => inner.IsSummarisedAsync(setId, round, cancellationToken);
    }
}
