namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// Keeps named support requests. The asker's side and the recipient's side are kept apart, each the personal data of
/// its own person, so that "my data" can export or delete either without the other.
/// </summary>
public interface ISupportRequestStore
{
    /// <summary>Stores both sides of a new request; false (and nothing changed) when the request id is already taken.</summary>
    Task<bool> TryAddAsync(SupportRequest request, SupportRecipient recipient, CancellationToken cancellationToken);

    /// <summary>The request with both sides, or null when either side is gone.</summary>
    Task<NamedSupportRequest?> GetAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Records when the recipient first saw the request; true only the first time.</summary>
    Task<bool> MarkSeenAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the recipient followed the request up (it is then no longer open); true only the first time.</summary>
    Task<bool> MarkDoneAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The open requests sent to the person (by AAD object id, any case), newest first.</summary>
    Task<IReadOnlyList<NamedSupportRequest>> ListOpenForRecipientAsync(string recipientAadObjectId, CancellationToken cancellationToken);
}
