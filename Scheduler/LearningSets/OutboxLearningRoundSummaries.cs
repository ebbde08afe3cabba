using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>Finds a round's summary by its outbox key and updates the channel message it became.</summary>
public sealed class OutboxLearningRoundSummaries(IOutboxStore outbox, IChannelPostRemover posts) : ILearningRoundSummaries
{
    public async Task<bool> IsBeingPostedAsync(LearningSet set, int round, CancellationToken cancellationToken) =>
        await FindAsync(set, round, cancellationToken) is { Status: OutboxStatus.Pending or OutboxStatus.Sending };

    public async Task<bool> ReplaceAsync(LearningSet set, int round, AdaptiveCard summary, CancellationToken cancellationToken) =>
        await FindAsync(set, round, cancellationToken) is { Status: OutboxStatus.Sent } sent
        && await posts.ReplaceAsync(sent, CardJson.Serialize(summary), cancellationToken);

    public async Task<string?> ThreadRootAsync(LearningSet set, int round, CancellationToken cancellationToken) =>
        await FindPostAsync(set, round, cancellationToken) is { Status: OutboxStatus.Sent } post ? post.SentActivityId : null;

    public async Task<bool> IsPostWaitingAsync(LearningSet set, int round, CancellationToken cancellationToken) =>
        await FindPostAsync(set, round, cancellationToken) is { Status: OutboxStatus.Pending or OutboxStatus.Sending };

    private Task<OutboxMessage?> FindPostAsync(LearningSet set, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var key = OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), OutboxMessage.ChannelOf(set.ChannelId), LearningRoundRunner.PromptKind);
        return outbox.FindAsync(key, cancellationToken);
    }

    private Task<OutboxMessage?> FindAsync(LearningSet set, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        return outbox.FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), OutboxMessage.ChannelOf(set.ChannelId), LearningRoundRunner.SummaryKind), cancellationToken);
    }
}
