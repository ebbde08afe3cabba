namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// A card built again just before a claimed message goes out, from what is stored then: a story digest leaves out a story
/// taken down after the digest was queued (decision 081). Runs after the preconditions, so only for a message that goes.
/// </summary>
public interface IOutboxCardRefresh
{
    /// <summary>True for the message kinds this refresh speaks for.</summary>
    bool Handles(string kind);

    /// <summary>
    /// Where it runs among the refreshes of a kind (decision 097): each one gets the card the one before it returned, so a
    /// card is built before it is amended, and names go in last.
    /// </summary>
    OutboxRefreshStage Stage { get; }

    /// <summary>
    /// The card to send: the message's own when nothing it shows has changed; null when nothing of it is left to send, and
    /// the message is skipped as withdrawn.
    /// </summary>
    Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken);
}
