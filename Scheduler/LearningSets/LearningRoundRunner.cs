using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// What happens when a set's round comes: the previous round's summary goes to its thread (once), and the new round's
/// prompt goes to the channel as a new thread (once: the outbox key is per set and round). The firing after the last
/// round only summarises.
/// </summary>
public sealed class LearningRoundRunner(ILearningSetStore store, IOutboxStore outbox, LearningRoundHeadcount headcount, TimeProvider timeProvider)
{
    public const string PromptKind = "learning-round";
    public const string SummaryKind = "learning-summary";

    /// <summary>Runs the round that was scheduled for <paramref name="scheduledFor"/>; returns its number (0 when the set is gone).</summary>
    public async Task<int> RunAsync(string setId, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(setId, cancellationToken) is not { } set)
        {
            return 0;
        }

        var round = set.RoundFor(scheduledFor);
        var now = timeProvider.GetUtcNow();
        if (round > 1 && round - 1 <= set.Rounds && await store.TryMarkSummarisedAsync(set.SetId, round - 1, now, cancellationToken))
        {
            var answers = await store.ListAnswersAsync(set.SetId, round - 1, cancellationToken);
            var members = await headcount.CountAsync(set, answers, cancellationToken);
            var prompt = await outbox.FindAsync(OutboxMessage.KeyFor(CycleOf(set.SetId, round - 1), set.ChannelId, PromptKind), cancellationToken);
            var summary = OutboxMessage.ForChannel(
                CycleOf(set.SetId, round - 1), set.ChannelId, prompt?.SentActivityId, set.TenantId, SummaryKind, CardJson.Serialize(LearningRoundCards.Summary(set, round - 1, answers, members)), now);
            await outbox.EnqueueAsync([summary], cancellationToken);
        }

        if (round >= 1 && round <= set.Rounds)
        {
            var card = CardJson.Serialize(LearningRoundCards.Prompt(set, round));
            await outbox.EnqueueAsync([OutboxMessage.ForChannel(CycleOf(set.SetId, round), set.ChannelId, null, set.TenantId, PromptKind, card, now)], cancellationToken);
        }

        return round;
    }

    public static string CycleOf(string setId, int round) => $"learning:{setId}:{round}";
}
