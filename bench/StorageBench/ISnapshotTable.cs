namespace OutcomesBot.StorageBench;

/// <summary>BENCH-LOCAL: writes and reads snapshot-shaped rows with the key design of docs/decisions/011.</summary>
internal interface ISnapshotTable
{
    Task SeedAsync(IReadOnlyList<SnapshotRow> teamRows, CancellationToken cancellationToken);

    /// <summary>The team's newest 12 weeks, newest first.</summary>
    Task<IReadOnlyList<SnapshotRow>> LastTwelveAsync(string teamId, CancellationToken cancellationToken);
}
