namespace OutcomesBot.Scheduler.Delivery;

/// <summary>People the bot can no longer write to (they blocked or removed it).</summary>
public interface IReachability
{
    /// <summary>Marks a person unreachable, with the error code that said so.</summary>
    Task MarkUnreachableAsync(string recipientId, string reasonCode, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The person came back (added the app to their 1:1 chat again): their mark goes, so messages reach them again.
    /// Nothing happens when they had none.
    /// </summary>
    Task MarkReachableAsync(string recipientId, CancellationToken cancellationToken);

    /// <summary>True when the person was marked unreachable and has not come back since.</summary>
    Task<bool> IsUnreachableAsync(string recipientId, CancellationToken cancellationToken);
}
