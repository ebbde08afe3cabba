namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// A last check, just before a claimed message goes out, that it is still wanted: a reminder whose person has since
/// answered, or a check-in for someone who has since paused or opted out, is skipped rather than sent.
/// </summary>
public interface IOutboxPrecondition
{
    /// <summary>True for the message kinds this precondition speaks for.</summary>
    bool Handles(string kind);

    /// <summary>Null when the message should go; otherwise a short code (never personal text) saying why it is skipped.</summary>
    Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken);
}
