namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// When a cycle really closes. A team cycle is planned to close at the next slot of the rhythm it opened under, but it
/// closes as soon as the team's next cycle opens: a leader who moves the rhythm mid-cycle (Monday to Wednesday) opens the
/// next one early, and a team has only one cycle open at a time (decision 052). A personal cycle keeps its close.
/// </summary>
public static class CheckInCycleEnd
{
    /// <summary>
    /// The cycle as it stands at <paramref name="time"/>: its <see cref="CheckInCycle.ClosesAt"/> brought forward to
    /// when the team's next cycle opened, when one opened before the planned close.
    /// </summary>
    public static async Task<CheckInCycle> AsOfAsync(this ICheckInStore store, CheckInCycle cycle, DateTimeOffset time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(cycle);
        if (cycle.OwnerPersonId is not null || cycle.TeamId is not { } teamId || !cycle.IsOpenAt(time))
        {
            return cycle;
        }

        return await store.ListTeamCyclesAsync(teamId, cycle.OpensAt, time, cancellationToken) is [var next, ..] && next.OpensAt < cycle.ClosesAt
            ? cycle with { ClosesAt = next.OpensAt }
            : cycle;
    }
}
