using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Teams;

namespace OutcomesBot.Scheduler.Momentum;

/// <summary>Writes last week's momentum snapshot for every team. Rewriting a week replaces its row, so a rerun is harmless.</summary>
public sealed class MomentumSnapshotWriter(ITeamStore teams, MomentumCalculator calculator, IMomentumStore store, TimeProvider time)
{
    /// <summary>Writes the week before the one <see cref="TimeProvider"/> is in; returns how many teams were written.</summary>
    public async Task<int> WriteLastWeekAsync(CancellationToken cancellationToken)
    {
        var lastWeek = MomentumWeeks.StartOf(time.GetUtcNow()).AddDays(-7);
        var all = await teams.ListTeamsAsync(cancellationToken);
        foreach (var team in all)
        {
            await store.UpsertAsync(await calculator.ComputeAsync(team.TeamId, lastWeek, cancellationToken), cancellationToken);
        }

        return all.Count;
    }
}
