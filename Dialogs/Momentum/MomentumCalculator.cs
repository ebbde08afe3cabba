using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Teams;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// Works out a team's week from the raw answers and exercise runs. Each person counts once a week (their latest answer
/// that week). Averages are left out when fewer than the minimum answered: counts are kept, averages are not.
/// </summary>
public sealed class MomentumCalculator(ITeamStore teams, ICheckInStore checkIns, ITeamExerciseCounts exercises, CheckInOptions options, TimeProvider time)
{
    /// <summary>The threshold in force; the options are validated to be at least 3, checked again here as a floor.</summary>
    public int MinimumAnswers => Math.Max(3, options.MinimumAnswersForTotals);

    public async Task<MomentumSnapshot> ComputeAsync(string teamId, DateTimeOffset weekStart, CancellationToken cancellationToken)
    {
        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        var week = await AnswersOfWeekAsync(teamId, weekStart, cancellationToken);
        var previous = await AnswersOfWeekAsync(teamId, weekStart.AddDays(-7), cancellationToken);
        var personIds = members.Select(m => m.TeamsUserId).OfType<string>().ToList();
        var counts = await exercises.CountCompletedAsync(personIds, weekStart, weekStart.AddDays(7), cancellationToken);
        var average = AverageConfidence(week);
        var previousAverage = AverageConfidence(previous);
        var readiness = week.Where(a => a.ReadinessIndex is not null).Select(a => (double)a.ReadinessIndex!.Value).ToList();
        var enough = week.Count >= MinimumAnswers;
        return new MomentumSnapshot
        {
            TeamId = teamId,
            WeekStart = weekStart,
            Members = members.Count,
            Answered = week.Count,
            MinimumAnswers = MinimumAnswers,
            AverageConfidence = average,
            ConfidenceChange = average is { } now && previousAverage is { } before ? Math.Round(now - before, 2) : null,
            ReadinessIndex = readiness.Count >= MinimumAnswers ? Math.Round(readiness.Average(), 1) : null,
            SupportRequests = enough ? week.Count(a => a.WantsSupport) : null,
            ExercisesCompleted = counts.Completed,
            LearningLogEntries = counts.LearningLogEntries,
            ComputedAt = time.GetUtcNow(),
        };
    }

    private double? AverageConfidence(IReadOnlyList<CheckInAnswer> answers) =>
        answers.Count >= MinimumAnswers ? Math.Round(answers.Average(a => a.Confidence), 2) : null;

    private async Task<IReadOnlyList<CheckInAnswer>> AnswersOfWeekAsync(string teamId, DateTimeOffset weekStart, CancellationToken cancellationToken)
    {
        var answers = await checkIns.ListAnswersAsync(teamId, weekStart, weekStart.AddDays(7), cancellationToken);
        return answers.GroupBy(a => a.PersonId, StringComparer.Ordinal).Select(g => g.MaxBy(a => a.AnsweredAt)!).ToList();
    }
}
