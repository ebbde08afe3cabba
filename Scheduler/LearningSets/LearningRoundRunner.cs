using System.Globalization;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// What happens when a set's round comes: the previous round's summary goes to its thread (once), and the new round's
/// prompt goes to the channel as a new thread (once: the outbox key is per set and round). The firing after the last
/// round only summarises. A set that was ended (decision 078) runs nothing, even if a firing was already due; and a new
/// round is posted only if the store records it as opened while the set has not ended (decision 080), so a firing that
/// read the set just before an end posts nothing either.
/// </summary>
public sealed class LearningRoundRunner(ILearningSetStore store, IOutboxStore outbox, LearningSetEndWords endWords, TimeProvider timeProvider)
{
    public const string PromptKind = "learning-round";
    public const string SummaryKind = "learning-summary";
    public const string EndedKind = "learning-ended";

    /// <summary>Runs the round that was scheduled for <paramref name="scheduledFor"/>; returns its number (0 when the set is gone or ended).</summary>
    public async Task<int> RunAsync(string setId, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(setId, cancellationToken) is not { EndedAt: null } set)
        {
            return 0;
        }

        var round = set.RoundFor(scheduledFor);
        var now = timeProvider.GetUtcNow();
        if (round > 1 && round - 1 <= set.Rounds)
        {
            await SummariseAsync(set, round - 1, now, cancellationToken);
        }

        if (round >= 1 && round <= set.Rounds)
        {
            if (!await store.TryOpenRoundAsync(set.SetId, round, cancellationToken))
            {
                return 0;
            }

            await outbox.EnqueueAsync([PromptMessage(set, round, now)], cancellationToken);
        }

        return round;
    }

    /// <summary>
    /// An ended set's last words: the round that was open is summarised now (answers already given are kept, as in a
    /// round that ran its course), and one line in its thread says the set was ended (in the channel if no round opened).
    /// Both wait for the round's post when it has not gone yet (<see cref="LearningSetEndWords"/>, decision 086).
    /// </summary>
    public async Task EndAsync(LearningSet set, bool byStarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var now = timeProvider.GetUtcNow();
        var round = set.EndedAfterRound;
        var line = OutboxMessage.ForChannel(EndCycleOf(set.SetId), set.ChannelId, null, set.TenantId, EndedKind, CardJson.Serialize(LearningRoundCards.Ended(set, byStarter)), now);
        if (round < 1)
        {
            await outbox.EnqueueAsync([line], cancellationToken);
            return;
        }

        List<OutboxMessage> words = [];
        if (await store.TryMarkSummarisedAsync(set.SetId, round, now, cancellationToken))
        {
            words.Add(SummaryMessage(set, round, null, now));
        }

        words.Add(line);
        await endWords.QueueAsync(set, round, words, cancellationToken);
    }

    private const string CyclePrefix = "learning:";

    public static string CycleOf(string setId, int round) => $"{CyclePrefix}{setId}:{round}";

    public static string EndCycleOf(string setId) => $"{CyclePrefix}{setId}:end";

    /// <summary>The set and round of a round's cycle id (<see cref="CycleOf"/>); false for any other cycle id.</summary>
    public static bool TryParseCycle(string cycleId, out string setId, out int round)
    {
        ArgumentNullException.ThrowIfNull(cycleId);
        var cut = cycleId.LastIndexOf(':');
        var ours = cycleId.StartsWith(CyclePrefix, StringComparison.Ordinal) && cut > CyclePrefix.Length;
        setId = ours ? cycleId[CyclePrefix.Length..cut] : "";
        round = 0;
        return ours && int.TryParse(cycleId.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out round);
    }

    /// <summary>The set of an end's cycle id (<see cref="EndCycleOf"/>); false for any other cycle id.</summary>
    public static bool TryParseEndCycle(string cycleId, out string setId)
    {
        ArgumentNullException.ThrowIfNull(cycleId);
        var ours = cycleId.StartsWith(CyclePrefix, StringComparison.Ordinal) && cycleId.EndsWith(":end", StringComparison.Ordinal)
            && cycleId.Length > CyclePrefix.Length + 4;
        setId = ours ? cycleId[CyclePrefix.Length..^4] : "";
        return ours;
    }

    /// <summary>Round <paramref name="round"/>'s post in the channel, starting its thread: one per set and round, by its outbox key.</summary>
    public static OutboxMessage PromptMessage(LearningSet set, int round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(set);
        return OutboxMessage.ForChannel(CycleOf(set.SetId, round), set.ChannelId, null, set.TenantId, PromptKind, CardJson.Serialize(LearningRoundCards.Prompt(set, round)), now);
    }

    private async Task SummariseAsync(LearningSet set, int round, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.TryMarkSummarisedAsync(set.SetId, round, now, cancellationToken))
        {
            return;
        }

        var prompt = await outbox.FindAsync(OutboxMessage.KeyFor(CycleOf(set.SetId, round), set.ChannelId, PromptKind), cancellationToken);
        await outbox.EnqueueAsync([SummaryMessage(set, round, prompt?.SentActivityId, now)], cancellationToken);
    }

    // The row names the set and round only: the members' names and answers are read as it goes (LearningSummaryRefresh,
    // decision 090), so a member's delete while it waits leaves nothing of them in it.
    private static OutboxMessage SummaryMessage(LearningSet set, int round, string? threadRootId, DateTimeOffset now) =>
        OutboxMessage.ForChannel(CycleOf(set.SetId, round), set.ChannelId, threadRootId, set.TenantId, SummaryKind, CardBuiltAtSend.For(SummaryKind), now);
}
