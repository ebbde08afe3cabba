namespace OutcomesBot.Dialogs.Momentum;

/// <summary>Keeps the weekly momentum snapshots: anonymous team numbers, one row per team and week.</summary>
public interface IMomentumStore
{
    /// <summary>
    /// Writes the snapshot, replacing the one for the same team and week, so rewriting a week is harmless; unless the
    /// stored one was computed later (<see cref="MomentumSnapshot.ComputedAt"/>): a slow run never puts older numbers back.
    /// </summary>
    Task UpsertAsync(MomentumSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>The team's snapshots with a week start in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<MomentumSnapshot>> ListAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
