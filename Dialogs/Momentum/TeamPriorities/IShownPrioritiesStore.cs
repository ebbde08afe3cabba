namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// Keeps every pool of a team's training priorities that its leaders were shown: the counts, how many audits, the week
/// it stands at. Anonymous aggregates, like the momentum snapshots: nobody's id and nobody's own ratings.
/// </summary>
public interface IShownPrioritiesStore
{
    /// <summary>Keeps the pool, unless the team has one kept as of the same week already (then false, and the kept one stays).</summary>
    Task<bool> TryAddAsync(string teamId, PooledPriorities pool, CancellationToken cancellationToken);

    /// <summary>The team's kept pools, oldest first.</summary>
    Task<IReadOnlyList<PooledPriorities>> ListAsync(string teamId, CancellationToken cancellationToken);
}
