using OutcomesBot.Cards.Kit;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Scheduler.Sharing;

/// <summary>
/// Exercise shares go to their channel through the delivery outbox, like stories and learning sets: the engine's rate
/// limits and retries apply, and the outbox key (post id, channel, kind) makes a second press of Post queue nothing.
/// Taking a share down stops it while it waits, or deletes the channel message once it went.
/// </summary>
public sealed class OutboxSummaryPublisher(IOutboxStore outbox, IChannelPostRemover remover, TimeProvider timeProvider) : ISummaryPublisher
{
    public const string Kind = "exercise-share";
    public const string WithdrawnCode = ChannelPostWithdrawal.WithdrawnCode;

    public Task PublishAsync(ChannelPost post, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var message = OutboxMessage.ForChannel(post.PostId, post.ChannelId, null, post.TenantId, Kind, CardJson.Serialize(card), timeProvider.GetUtcNow())
            .WrittenBy(post.Writer);
        return outbox.EnqueueAsync([message], cancellationToken);
    }

    public Task<WithdrawOutcome> WithdrawAsync(ChannelPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var key = OutboxMessage.KeyFor(post.PostId, OutboxMessage.ChannelOf(post.ChannelId), Kind);
        return ChannelPostWithdrawal.WithdrawAsync(outbox, remover, key, CardJson.Serialize(TakenDown()), cancellationToken);
    }

    /// <summary>What stays in the channel where a client cannot delete a message.</summary>
    public static AdaptiveCard TakenDown() => FullWidthCard.Saying(new TextBlock("This post was taken down by the person who shared it.") { IsSubtle = true });
}
