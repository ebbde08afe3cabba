namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>Keeps the record of entries sent to one person (who, to whom, when, which entry), each the sender's data.</summary>
public interface IEntryShareStore
{
    /// <summary>Stores the record; false (and nothing changed) when the share id is already taken.</summary>
    Task<bool> TryAddAsync(EntryShare share, CancellationToken cancellationToken);

    /// <summary>The record, or null when there is none (or the sender has deleted their data).</summary>
    Task<EntryShare?> GetAsync(string shareId, CancellationToken cancellationToken);
}
