namespace OutcomesBot.Dialogs.Stories;

/// <summary>Whether every stored story can be found by its author (decision 092).</summary>
public interface IStoryAuthorIndex
{
    /// <summary>
    /// True when every stored story is in <see cref="IStoryStore.ListByAuthorAsync"/>: always on SQLite (the index is the
    /// story's own column); on Azure Tables once the back-fill of the author rows (decision 087) has finished. Once true,
    /// it stays true: a story posted since writes its author row before its team row.
    /// </summary>
    Task<bool> IsWholeAsync(CancellationToken cancellationToken);
}
