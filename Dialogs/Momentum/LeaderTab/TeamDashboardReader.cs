using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Momentum.Themes;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// Builds the team tab's figures for a range. The weeks come from <see cref="MomentumView"/>, so the tab follows exactly
/// the card's rules (finished weeks only, each frozen when first stored, the threshold in force). The months are added up
/// from those same frozen weeks (decision 048): each month whole (the range reaches back to its first week), and only once
/// all its weeks are over, so no range, late answer, deletion or roster change can move a month or tell one person apart.
/// Callers check that the person leads the team first.
/// </summary>
public sealed class TeamDashboardReader(
    MomentumView momentum, MomentumCalculator calculator, ICheckInStore checkIns, MonthlyActivityReader activity, IYouSaidStore youSaid, TimeProvider time)
{
    private static readonly IReadOnlyList<ExerciseKind> Kinds = ExerciseCatalog.All.Select(e => new ExerciseKind(e.Info.Id, e.Info.Title)).ToList();

    public async Task<TeamDashboard> ReadAsync(Team team, TabRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(range);
        var current = MomentumWeeks.StartOf(time.GetUtcNow());
        var first = current.AddDays(-7 * range.Weeks);
        var earlier = (int)(first - TabMonths.FirstWeekOfMonth(first)).TotalDays / 7;
        var all = await momentum.WeeksAsync(team.TeamId, range.Weeks + earlier, cancellationToken);
        var snapshots = all.Skip(earlier).ToList();
        var from = snapshots[0].WeekStart;
        var to = snapshots[^1].WeekStart.AddDays(7);
        var pulseWeeks = await PulseWeeksAsync(team.TeamId, all, cancellationToken);
        var months = all.GroupBy(w => TabMonths.Of(w.WeekStart), StringComparer.Ordinal)
            .Select(m => (Month: m.Key, Weeks: m.ToList(), Ended: TabMonths.HasEnded(m.Key, current))).ToList();
        var activities = await activity.ReadAsync(team.TeamId, months.Select(m => m.Month).ToList(), all[0].WeekStart, to, cancellationToken);
        var pulse = months.Select(m => PulseHeatMap.ForMonth(m.Weeks, m.Ended, m.Weeks.Any(w => pulseWeeks.Contains(w.WeekStart)))).ToList();
        return new TeamDashboard(
            team.Name ?? "Your team",
            range.Key,
            calculator.MinimumAnswers,
            from,
            to,
            snapshots.Select(s => Week(s, pulseWeeks.Contains(s.WeekStart))).ToList(),
            months.Select((m, i) => Month(m.Month, pulse[i], Exercises(m.Weeks, m.Ended), activities[m.Month])).ToList(),
            PulseHeatMap.Conditions(pulse),
            Kinds,
            await YouSaidAsync(team.TeamId, from, to, cancellationToken),
            await activity.SetsAsync(team.TeamId, from, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>
    /// The weeks that asked the readiness pulse, which tell a figure "hidden" (too few answered it) from "none" (nobody was
    /// asked). A week whose readiness is shown asked it; so did every week a scheduled team cycle with the pulse was open.
    /// The cycles are the team's own, never found through anyone's answers: were it read from answers, one person deleting
    /// their data could turn "hidden" into "none" and tell the leader they were the one who answered.
    /// </summary>
    private async Task<HashSet<DateTimeOffset>> PulseWeeksAsync(string teamId, IReadOnlyList<MomentumSnapshot> weeks, CancellationToken cancellationToken)
    {
        var pulseWeeks = weeks.Where(w => w.ReadinessIndex is not null).Select(w => w.WeekStart).ToHashSet();
        var end = weeks[^1].WeekStart.AddDays(7);

        // A cycle opened before the range (a monthly one, at most 35 days) may still cover its first weeks.
        foreach (var cycle in await checkIns.ListTeamCyclesAsync(teamId, weeks[0].WeekStart.AddDays(-36), end, cancellationToken))
        {
            for (var week = MomentumWeeks.StartOf(cycle.OpensAt); cycle.IncludesPulse && week < cycle.ClosesAt && week < end; week = week.AddDays(7))
            {
                pulseWeeks.Add(week);
            }
        }

        return pulseWeeks;
    }

    private static DashboardWeek Week(MomentumSnapshot week, bool anyPulse)
    {
        if (!week.HasTotals)
        {
            return new DashboardWeek(week.WeekStart, week.Members, true, null, null, null, FigureStatus.Hidden, null);
        }

        var readinessStatus = week.ReadinessIndex is not null ? FigureStatus.Shown : anyPulse ? FigureStatus.Hidden : FigureStatus.None;
        return new DashboardWeek(week.WeekStart, week.Members, false, week.Answered, week.ParticipationPercent, week.AverageConfidence,
            readinessStatus, week.ReadinessIndex);
    }

    private static DashboardMonth Month(string month, PulseMonth pulse, MonthExercises exercises, MonthlyActivity activity) => new(
        month, pulse.Status, pulse.Means, exercises.Status, exercises.ByKind, exercises.LearningLogEntries, activity.StoriesPosted, activity.Celebrations,
        activity.LearningRounds, activity.LearningAnswers);

    // A month's exercises are the sum of its weeks that kept theirs (at least the threshold of people that week); hidden
    // until it is over, and when no week kept any though some were finished; none when nobody finished one.
    private static MonthExercises Exercises(IReadOnlyList<MomentumSnapshot> weeks, bool ended)
    {
        var kept = weeks.Where(w => w.ExercisesByKind is { Count: > 0 }).ToList();
        if (!ended || (kept.Count == 0 && weeks.Any(w => w.ExercisesByKind is null)))
        {
            return new MonthExercises(FigureStatus.Hidden, new Dictionary<string, int>(), null);
        }

        var byKind = kept.SelectMany(w => w.ExercisesByKind!).GroupBy(k => k.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(k => k.Value), StringComparer.Ordinal);
        return new MonthExercises(kept.Count > 0 ? FigureStatus.Shown : FigureStatus.None, byKind, byKind.GetValueOrDefault(LearningLogExercise.Id));
    }

    private sealed record MonthExercises(string Status, IReadOnlyDictionary<string, int> ByKind, int? LearningLogEntries);

    private async Task<IReadOnlyList<YouSaidEntry>> YouSaidAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var labels = ThemeCatalog.All.ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        labels[ThemeCatalog.OtherId] = ThemeCatalog.OtherLabel;
        return (await youSaid.ListForTeamAsync(teamId, cancellationToken))
            .Where(r => r.SentAt >= from && r.SentAt < to && r.SentAt <= time.GetUtcNow())
            .OrderBy(r => r.SentAt)
            .Select(r => new YouSaidEntry(r.SentAt, r.ThemeIds.Select(id => labels.GetValueOrDefault(id)).OfType<string>().ToList(), r.Recipients))
            .ToList();
    }
}
