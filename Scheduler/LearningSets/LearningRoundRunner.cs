using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// What happens when a set's round comes: the previous round's summary goes to its thread (once), and the new round's
/// prompt goes to the channel as a new thread (once: the outbox key is per set and round). The firing after the last
/// round only summarises. A set that was ended (decision 078) runs nothing, even if a firing was already due; and a new
/// round is posted only if the store records it as opened while the set has not ended (decision 080), so a firing that
/// read the set just before an end posts nothing either.
/// </summary>
public sealed class LearningRoundRunner(ILearningSetStore store, IOutboxStore outbox, LearningRoundHeadcount headcount, TimeProvider timeProvider)
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

            var card = CardJson.Serialize(LearningRoundCards.Prompt(set, round));
            await outbox.EnqueueAsync([OutboxMessage.ForChannel(CycleOf(set.SetId, round), set.ChannelId, null, set.TenantId, PromptKind, card, now)], cancellationToken);
        }

        return round;
    }

    /// <summary>
    /// An ended set's last words: the round that was open is summarised now (answers already given are kept, as in a
    /// round that ran its course), and one line in its thread says the set was ended (in the channel if no round opened).
    /// </summary>
    public async Task EndAsync(LearningSet set, bool byStarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var now = timeProvider.GetUtcNow();
        var round = set.EndedAfterRound;
        if (round >= 1)
        {
            await SummariseAsync(set, round, now, cancellationToken);
        }

        var prompt = round >= 1 ? await outbox.FindAsync(OutboxMessage.KeyFor(CycleOf(set.SetId, round), set.ChannelId, PromptKind), cancellationToken) : null;
        var card = CardJson.Serialize(LearningRoundCards.Ended(set, byStarter));
        await outbox.EnqueueAsync([OutboxMessage.ForChannel($"learning:{set.SetId}:end", set.ChannelId, prompt?.SentActivityId, set.TenantId, EndedKind, card, now)], cancellationToken);
    }

    public static string CycleOf(string setId, int round) => $"learning:{setId}:{round}";

    private async Task SummariseAsync(LearningSet set, int round, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.TryMarkSummarisedAsync(set.SetId, round, now, cancellationToken))
        {
            return;
        }

        var answers = await store.ListAnswersAsync(set.SetId, round, cancellationToken);
        var members = await headcount.CountAsync(set, answers, cancellationToken);
        var prompt = await outbox.FindAsync(OutboxMessage.KeyFor(CycleOf(set.SetId, round), set.ChannelId, PromptKind), cancellationToken);
        var summary = OutboxMessage.ForChannel(
            CycleOf(set.SetId, round), set.ChannelId, prompt?.SentActivityId, set.TenantId, SummaryKind, CardJson.Serialize(LearningRoundCards.Summary(set, round, answers, members)), now);
        await outbox.EnqueueAsync([summary], cancellationToken);
    }
}
