using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Scheduler.Delivery;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Notes;
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
        var store = new Interleaving(bot.App.Get<ILearningSetStore>(), afterRead: async () => ended = await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set)));
        var runner = RunnerOver(bot, store, bot.App.Get<IOutboxStore>());

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

    [Fact]
    public async Task A_set_ended_between_its_rounds_opening_and_the_rounds_post_has_its_summary_and_line_in_that_rounds_thread()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        JsonElement ended = default;
        var store = new Interleaving(bot.App.Get<ILearningSetStore>(), afterOpen: async () => ended = await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set)));

        // Round 2's firing wins the round's write; the champion's end lands before the firing queues the round's post.
        Assert.Equal(2, await RunnerOver(bot, store, bot.App.Get<IOutboxStore>()).RunAsync(set.SetId, set.RoundAt(2), Token));
        await bot.DrainAsync();

        Assert.StartsWith("You ended \"Conversations about risk\" after round 2.", StoryBot.Text(ended), StringComparison.Ordinal);
        await AssertEndWordsInRoundThreadAsync(bot, set, 2);
    }

    [Fact]
    public async Task A_set_ended_while_the_rounds_post_still_waits_to_go_has_its_summary_and_line_in_that_rounds_thread()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);

        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.DrainAsync();

        await AssertEndWordsInRoundThreadAsync(bot, set, 2);
    }

    [Fact]
    public async Task A_rounds_post_that_goes_while_the_end_queues_its_words_still_takes_them_into_its_thread()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        var sets = bot.App.Get<ILearningSetStore>();
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        Assert.True(await sets.TryEndAsync(set.SetId, 2, bot.App.Get<TimeProvider>().GetUtcNow(), Token));

        // The end looks for round 2's post (still waiting); before it queues its words the post is sent, and the post's
        // follow-up finds nothing held yet.
        var outbox = new SendsPostAfterFirstLook(bot.App.Get<IOutboxStore>(), () => bot.DrainAsync());
        await RunnerOver(bot, sets, outbox).EndAsync((await sets.GetAsync(set.SetId, Token))!, byStarter: true, Token);
        await bot.DrainAsync();

        await AssertEndWordsInRoundThreadAsync(bot, set, 2);
    }

    // Decision 093: round 2's post waits at the end and then Teams refuses it for good. The end's words and the member's
    // note wait the six hours (086), then go: the words to the channel as posts of their own that say round 2's question
    // could not be posted, and the note without a link, saying the answers are in the channel. Before, the words went
    // as they were, reading as replies to a post nobody can see, and the note pointed to a thread that does not exist.
    // With the send-time refreshes registered in reverse too (097's stages): the note's stop button (096) is added after
    // the words about the missing thread, which read whether the note has buttons.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task When_the_rounds_post_is_never_accepted_the_held_words_go_to_the_channel_saying_so_and_the_note_says_where_they_are(bool refreshesReversed)
    {
        // The real clock, moved on by hand: delivery paces its sends on real timers.
        var clock = new MovedClock();
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: services =>
        {
            StoryBot.NoBackgroundDrain(services);
            services.AddSingleton<TimeProvider>(clock);
            if (refreshesReversed)
            {
                OutboxRefreshOrderTests.Reverse(services);
            }
        });
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        bot.App.Connector.Sent.Clear();

        // Teams refuses round 2's post for good (the store's view of a final 403); nothing else was due.
        var outbox = bot.App.Get<IOutboxStore>();
        var now = clock.GetUtcNow();
        foreach (var claimed in await outbox.ClaimDueAsync(50, now, now.AddMinutes(5), Token))
        {
            Assert.True(claimed.Kind == LearningRoundRunner.PromptKind
                ? await outbox.MarkFailedAsync(claimed, "Forbidden", Token)
                : await outbox.ReleaseAsync(claimed, now, Token));
        }

        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("ended", StringComparison.Ordinal) || s.CardText.Contains("Round 2 of 3: what the set shared", StringComparison.Ordinal));

        clock.Offset = LearningSetEndWords.HoldLimit + TimeSpan.FromMinutes(1);
        await bot.DrainAsync();

        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Equal(StoryBot.Channel, summary.ConversationId);
        Assert.Contains("Round 2's question for \"Conversations about risk\" could not be posted in this channel, so these answers come in a post of their own.", summary.CardText, StringComparison.Ordinal);
        var line = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("ended this set (Conversations about risk) after round 2.", StringComparison.Ordinal));
        Assert.Equal(StoryBot.Channel, line.ConversationId);
        Assert.Contains("Round 2's question could not be posted in this channel, so its summary comes in a post of its own.", line.CardText, StringComparison.Ordinal);
        var note = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == "personal-user-id-1" && s.CardText.Contains("A learning set has ended", StringComparison.Ordinal));
        Assert.Contains("Round 2's question could not be posted in the channel, so its answers are summarised there in a post of their own.", note.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("summarised in its thread", note.CardText, StringComparison.Ordinal);
        Assert.Equal([NoteStopCards.StopButton], note.Card!.Value.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    private static async Task AssertEndWordsInRoundThreadAsync(StoryBot bot, LearningSet set, int round)
    {
        var post = await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), StoryBot.Channel, LearningRoundRunner.PromptKind), Token);
        Assert.Equal(OutboxStatus.Sent, post?.Status);
        Assert.Equal(StoryBot.Channel, Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains($"Round {round} of 3. Think of", StringComparison.Ordinal)).ConversationId);
        var thread = $"{StoryBot.Channel};messageid={post!.SentActivityId}";
        Assert.Equal(thread, Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains($"Round {round} of 3: what the set shared", StringComparison.Ordinal)).ConversationId);
        Assert.Equal(thread, Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains($"ended this set (Conversations about risk) after round {round}.", StringComparison.Ordinal)).ConversationId);
    }

    private static LearningRoundRunner RunnerOver(StoryBot bot, ILearningSetStore store, IOutboxStore outbox) =>
        new(store, outbox, new LearningSetEndWords(outbox, bot.App.Get<TimeProvider>()), bot.App.Get<TimeProvider>());

    private sealed class MovedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset;
    }

    /// <summary>The real outbox, with <paramref name="meanwhile"/> run once after the first look for a round's post, which then answers what it read before.</summary>
    private sealed class SendsPostAfterFirstLook(IOutboxStore inner, Func<Task> meanwhile) : IOutboxStore
    {
        private Func<Task>? _meanwhile = meanwhile;

        public async Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
        {
            var found = await inner.FindAsync(idempotencyKey, cancellationToken);
            if (idempotencyKey.EndsWith("|" + LearningRoundRunner.PromptKind, StringComparison.Ordinal) && Interlocked.Exchange(ref _meanwhile, null) is { } run)
            {
                await run();
            }

            return found;
        }

        public Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => inner.EnqueueAsync(messages, cancellationToken);

        public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(limit, now, leaseUntil, cancellationToken);

        public Task<bool> MarkSentAsync(OutboxMessage claimed, string? activityId, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
            inner.MarkSentAsync(claimed, activityId, sentAt, cancellationToken);

        public Task<bool> MarkRetryAsync(OutboxMessage claimed, DateTimeOffset nextAttemptAt, string errorCode, bool conversationRecreated, CancellationToken cancellationToken) =>
            inner.MarkRetryAsync(claimed, nextAttemptAt, errorCode, conversationRecreated, cancellationToken);

        public Task<bool> ReleaseAsync(OutboxMessage claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) => inner.ReleaseAsync(claimed, dueAt, cancellationToken);

        public Task<bool> MarkFailedAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken) => inner.MarkFailedAsync(claimed, errorCode, cancellationToken);

        public Task<bool> MarkUnreachableAsync(OutboxMessage claimed, string errorCode, CancellationToken cancellationToken) => inner.MarkUnreachableAsync(claimed, errorCode, cancellationToken);

        public Task<bool> MarkSkippedAsync(OutboxMessage claimed, string reasonCode, CancellationToken cancellationToken) => inner.MarkSkippedAsync(claimed, reasonCode, cancellationToken);

        public Task<bool> CancelPendingAsync(string idempotencyKey, string reasonCode, CancellationToken cancellationToken) => inner.CancelPendingAsync(idempotencyKey, reasonCode, cancellationToken);

        public Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, CancellationToken cancellationToken) =>
            inner.ReplacePendingCardAsync(idempotencyKey, cardJson, cancellationToken);

        public Task<bool> ReplacePendingCardAsync(string idempotencyKey, string cardJson, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
            inner.ReplacePendingCardAsync(idempotencyKey, cardJson, dueAt, cancellationToken);

        public Task<bool> MovePendingAsync(string idempotencyKey, string channelConversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
            inner.MovePendingAsync(idempotencyKey, channelConversationId, dueAt, cancellationToken);

        public Task<DeliveryCounts> CountAsync(string cycleId, CancellationToken cancellationToken) => inner.CountAsync(cycleId, cancellationToken);

        public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken) => inner.NextDueAtAsync(cancellationToken);
    }

    /// <summary>
    /// The real store, with <paramref name="afterRead"/> run once after the first read of a set (an end lands there), and
    /// <paramref name="afterOpen"/> once after a round's opening was recorded.
    /// </summary>
    private sealed class Interleaving(ILearningSetStore inner, Func<Task>? afterRead = null, Func<Task>? afterOpen = null) : ILearningSetStore
    {
        private Func<Task>? _afterRead = afterRead;
        private Func<Task>? _afterOpen = afterOpen;

        public async Task<LearningSet?> GetAsync(string setId, CancellationToken cancellationToken)
        {
            var set = await inner.GetAsync(setId, cancellationToken);
            if (Interlocked.Exchange(ref _afterRead, null) is { } end)
            {
                await end();
            }

            return set;
        }

        public async Task<bool> TryOpenRoundAsync(string setId, int round, CancellationToken cancellationToken)
        {
            var opened = await inner.TryOpenRoundAsync(setId, round, cancellationToken);
            if (opened && Interlocked.Exchange(ref _afterOpen, null) is { } end)
            {
                await end();
            }

            return opened;
        }

        public Task<bool> TryAddAsync(LearningSet set, CancellationToken cancellationToken) => inner.TryAddAsync(set, cancellationToken);

        public Task<bool> TryMoveFirstRoundAsync(string setId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            inner.TryMoveFirstRoundAsync(setId, from, to, cancellationToken);

        public Task<bool> TryEndAsync(string setId, int afterRound, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.TryEndAsync(setId, afterRound, at, cancellationToken);

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
