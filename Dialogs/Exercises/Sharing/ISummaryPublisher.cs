namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>
/// Puts a card in a team channel through the delivery outbox (rate limits, retries, once per <see cref="ChannelPost.PostId"/>)
/// and takes it down again when its author asks.
/// </summary>
public interface ISummaryPublisher
{
    /// <summary>Queues the card for the post's channel; repeating it for the same post id queues nothing more.</summary>
    Task PublishAsync(ChannelPost post, AdaptiveCard card, CancellationToken cancellationToken);

    /// <summary>Stops the post if it has not gone yet, or deletes the channel message it became.</summary>
    Task<WithdrawOutcome> WithdrawAsync(ChannelPost post, CancellationToken cancellationToken);
}
