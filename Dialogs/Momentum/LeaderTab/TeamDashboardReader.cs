using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Momentum.Themes;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// Builds the team tab's figures for a range. The weeks come from <see cref="MomentumView"/>, so the tab follows exactly
/// the card's rules (finished weeks only, each frozen when first stored, the threshold in force); the monthly heat map applies the same threshold to the
/// pulse. Callers check that the person leads the team first.
/// </summary>
public sealed class TeamDashboardReader(
    MomentumView momentum, MomentumCalculator calculator, ITeamStore teams, ICheckInStore checkIns, MonthlyActivityReader activity, IYouSaidStore youSaid, TimeProvider time)
{
    private static readonly IReadOnlyList<ExerciseKind> Kinds = ExerciseCatalog.All.Select(e => new ExerciseKind(e.Info.Id, e.Info.Title)).ToList();

    public async Task<TeamDashboard> ReadAsync(Team team, TabRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(range);
        var minimum = calculator.MinimumAnswers;
        var snapshots = await momentum.WeeksAsync(team.TeamId, range.Weeks, cancellationToken);
        var from = snapshots[0].WeekStart;
        var to = snapshots[^1].WeekStart.AddDays(7);
        var answers = await checkIns.ListAnswersAsync(team.TeamId, from, to, cancellationToken);
        var members = await teams.ListMembersAsync(team.TeamId, cancellationToken);
        var memberIds = members.Select(m => m.TeamsUserId).OfType<string>().ToList();
        var months = TabMonths.Between(from, to);
        var pulse = PulseHeatMap.ByMonth(answers, months, minimum);
        var activities = await activity.ReadAsync(team.TeamId, memberIds, from, to, cancellationToken);
        return new TeamDashboard(
            team.Name ?? "Your team",
            range.Key,
            minimum,
            from,
            to,
            Weeks(snapshots, answers),
            months.Select(m => Month(m, pulse[m], activities[m])).ToList(),
            PulseHeatMap.Conditions(pulse.Values),
            Kinds,
            await YouSaidAsync(team.TeamId, from, to, cancellationToken));
    }

    // Which weeks had any pulse answer, found in one pass over the span's answers rather than one pass per week.
    private static List<DashboardWeek> Weeks(IReadOnlyList<MomentumSnapshot> snapshots, IReadOnlyList<CheckInAnswer> answers)
    {
        var pulseWeeks = answers.Where(a => a.ReadinessIndex is not null).Select(a => MomentumWeeks.StartOf(a.AnsweredAt)).ToHashSet();
        return snapshots.Select(s => Week(s, pulseWeeks.Contains(s.WeekStart))).ToList();
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

    private static DashboardMonth Month(string month, PulseMonth pulse, MonthlyActivity activity) => new(
        month, pulse.Status, pulse.Means, activity.ExercisesByKind, activity.LearningLogEntries, activity.StoriesPosted, activity.Celebrations,
        activity.LearningRounds, activity.LearningAnswers);

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
