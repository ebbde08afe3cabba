using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Scheduler.Momentum;

/// <summary>
/// Writes last week's momentum snapshot for every team that has none yet. A stored week is frozen (decision 010): a rerun,
/// or a run after a leader's first look already stored it, leaves it as it is.
/// </summary>
public sealed class MomentumSnapshotWriter(ITeamStore teams, MomentumCalculator calculator, IMomentumStore store, TimeProvider time)
{
    /// <summary>Writes the week before the one <see cref="TimeProvider"/> is in; returns how many teams were written.</summary>
    public async Task<int> WriteLastWeekAsync(CancellationToken cancellationToken)
    {
        var lastWeek = MomentumWeeks.StartOf(time.GetUtcNow()).AddDays(-7);
        var all = await teams.ListTeamsAsync(cancellationToken);
        foreach (var team in all)
        {
            if ((await store.ListAsync(team.TeamId, lastWeek, lastWeek.AddDays(7), cancellationToken)).Count == 0)
            {
                await store.UpsertAsync(await calculator.ComputeAsync(team.TeamId, lastWeek, cancellationToken), cancellationToken);
            }
        }

        return all.Count;
    }
}
