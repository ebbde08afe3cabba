namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// A stop the person made that "delete my data" keeps, bare (decisions 079, 084): deleting their data must not start
/// again the messages they stopped. The store's personal-data source leaves the bare row in the same write as the
/// delete (one transaction on SQLite; on Azure Tables the row is replaced bare, never deleted), so a crash part way
/// cannot lose it; this port only says so on the delete cards, read from the store.
/// </summary>
public interface IKeptStop
{
    /// <summary>
    /// What is kept, in words that follow "I keep one thing:", with the button that ends it; null when the person stopped
    /// nothing here. A date in the words is shown in <paramref name="timeZone"/> (IANA or Windows id; UTC when null or unknown).
    /// </summary>
    Task<KeptStop?> DescribeAsync(PersonIdentity person, string? timeZone, CancellationToken cancellationToken);
}
