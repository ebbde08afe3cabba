using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// Works out a team's week from the raw answers and exercise runs. Each person counts once a week (their latest answer
/// that week). Averages are left out when fewer than the minimum answered: counts are kept, averages are not. Exercise and
/// learning-log counts are kept only when at least the minimum of different people finished exercises that week.
/// Leaders read weeks through <see cref="MomentumView"/>, which shows finished weeks only.
/// </summary>
public sealed class MomentumCalculator(ITeamStore teams, ICheckInStore checkIns, ITeamExerciseCounts exercises, CheckInOptions options, TimeProvider time)
{
    /// <summary>The threshold in force; the options are validated to be at least 5, checked again here as a floor.</summary>
    public int MinimumAnswers => Math.Max(CheckInOptions.LowestMinimumAnswers, options.MinimumAnswersForTotals);

    public async Task<MomentumSnapshot> ComputeAsync(string teamId, DateTimeOffset weekStart, CancellationToken cancellationToken) =>
        (await ComputeAsync(teamId, [weekStart], cancellationToken))[0];

    /// <summary>
    /// Several weeks in one go: the roster and the answers of the whole span are read once, where computing week by week
    /// would read the roster every week and every week's answers twice (as the week, then as the week before the next).
    /// </summary>
    public async Task<IReadOnlyList<MomentumSnapshot>> ComputeAsync(string teamId, IReadOnlyList<DateTimeOffset> weekStarts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(weekStarts);
        if (weekStarts.Count == 0)
        {
            return [];
        }

        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        var personIds = members.Select(m => m.TeamsUserId).OfType<string>().ToList();
        var answers = await checkIns.ListAnswersAsync(teamId, weekStarts.Min().AddDays(-7), weekStarts.Max().AddDays(7), cancellationToken);
        var completions = (await exercises.ListCompletedAsync(personIds, weekStarts.Min(), weekStarts.Max().AddDays(7), cancellationToken))
            .ToLookup(c => MomentumWeeks.StartOf(c.CompletedAt));
        var snapshots = new List<MomentumSnapshot>(weekStarts.Count);
        foreach (var weekStart in weekStarts)
        {
            var counts = await exercises.CountCompletedAsync(personIds, weekStart, weekStart.AddDays(7), cancellationToken);
            snapshots.Add(Snapshot(teamId, weekStart, members.Count, LatestPerPerson(answers, weekStart), LatestPerPerson(answers, weekStart.AddDays(-7)), counts)
                with { ExercisesByKind = ByKind(counts, completions[weekStart]) });
        }

        return snapshots;
    }

    /// <summary>
    /// A period of <paramref name="weeks"/> weeks from <paramref name="start"/> as one: each person counts once (their latest
    /// answer in the period, and their latest rating of each condition), <see cref="MomentumSnapshot.Answered"/> is the number of
    /// different people, and averages are left out unless at least the minimum answered. Exercise counts are not pooled: the
    /// weeks show their own, and a pooled count beside them could be subtracted.
    /// </summary>
    public async Task<MomentumSnapshot> ComputePooledAsync(string teamId, DateTimeOffset start, int weeks, CancellationToken cancellationToken)
    {
        var end = start.AddDays(7 * weeks);
        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        var answers = await checkIns.ListAnswersAsync(teamId, start, end, cancellationToken);
        var latest = answers.GroupBy(a => a.PersonId, StringComparer.Ordinal).Select(g => g.MaxBy(a => a.AnsweredAt)!).ToList();
        var enough = latest.Count >= MinimumAnswers;
        var conditions = enough ? CheckIns.ConditionReadiness.ByCondition(answers, MinimumAnswers) : null;
        return new MomentumSnapshot
        {
            TeamId = teamId,
            WeekStart = start,
            Members = members.Count,
            Answered = latest.Count,
            MinimumAnswers = MinimumAnswers,
            AverageConfidence = AverageConfidence(latest),
            ReadinessIndex = conditions is null ? null : CheckIns.ConditionReadiness.Overall(conditions),
            ConditionReadiness = conditions,
            SupportRequests = enough ? latest.Count(a => a.WantsSupport) : null,
            ComputedAt = time.GetUtcNow(),
        };
    }

    private MomentumSnapshot Snapshot(string teamId, DateTimeOffset weekStart, int members, List<CheckInAnswer> week, List<CheckInAnswer> previous, ExerciseCounts counts)
    {
        var average = AverageConfidence(week);
        var previousAverage = AverageConfidence(previous);
        var readiness = week.Where(a => a.ReadinessIndex is not null).Select(a => (double)a.ReadinessIndex!.Value).ToList();
        var enough = week.Count >= MinimumAnswers;
        return new MomentumSnapshot
        {
            TeamId = teamId,
            WeekStart = weekStart,
            Members = members,
            Answered = week.Count,
            MinimumAnswers = MinimumAnswers,
            AverageConfidence = average,
            ConfidenceChange = average is { } now && previousAverage is { } before ? Math.Round(now - before, 2) : null,
            ReadinessIndex = readiness.Count >= MinimumAnswers ? Math.Round(readiness.Average(), 1) : null,
            ConditionReadiness = enough ? CheckIns.ConditionReadiness.ByCondition(week, MinimumAnswers) : null,
            SupportRequests = enough ? week.Count(a => a.WantsSupport) : null,
            ExercisesCompleted = counts.People >= MinimumAnswers ? counts.Completed : 0,
            LearningLogEntries = counts.People >= MinimumAnswers ? counts.LearningLogEntries : 0,
            ComputedAt = time.GetUtcNow(),
        };
    }

    // The leaders' tab adds these up by month (decision 048), so they are kept by the week's own threshold, as its totals are.
    private Dictionary<string, int>? ByKind(ExerciseCounts counts, IEnumerable<ExerciseCompletion> week) =>
        counts.Completed == 0 ? new Dictionary<string, int>(StringComparer.Ordinal)
        : counts.People < MinimumAnswers ? null
        : week.GroupBy(c => c.ExerciseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private double? AverageConfidence(List<CheckInAnswer> answers) =>
        answers.Count >= MinimumAnswers ? Math.Round(answers.Average(a => a.Confidence), 2) : null;

    // The answers given in [weekStart, weekStart + 7 days), the same window the store's query used, latest per person.
    private static List<CheckInAnswer> LatestPerPerson(IEnumerable<CheckInAnswer> answers, DateTimeOffset weekStart) =>
        answers.Where(a => a.AnsweredAt >= weekStart && a.AnsweredAt < weekStart.AddDays(7))
            .GroupBy(a => a.PersonId, StringComparer.Ordinal).Select(g => g.MaxBy(a => a.AnsweredAt)!).ToList();
}
