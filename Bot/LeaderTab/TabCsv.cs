using System.Globalization;
using System.Text;
using OutcomesBot.Dialogs.Momentum.LeaderTab;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// The team tab's figures as CSV, one figure a row (section, period, measure, value), so a spreadsheet can filter and
/// pivot them. The same aggregates as the page: a hidden figure is written as "hidden", never as 0.
/// </summary>
public static class TabCsv
{
    public const string Hidden = "hidden";

    public static string Write(TeamDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var csv = new StringBuilder("section,period,measure,value\n");
        foreach (var week in dashboard.Weeks)
        {
            var period = week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Row(csv, "week", period, "members", Number(week.Members));
            Row(csv, "week", period, "answered", week.Hidden ? Hidden : Number(week.Answered));
            Row(csv, "week", period, "participation_percent", week.Hidden ? Hidden : Number(week.ParticipationPercent));
            Row(csv, "week", period, "average_confidence", week.Hidden ? Hidden : Number(week.AverageConfidence));
            Row(csv, "week", period, "readiness_index", week.ReadinessStatus == FigureStatus.Shown ? Number(week.ReadinessIndex) : week.ReadinessStatus);
        }

        foreach (var month in dashboard.Months)
        {
            foreach (var condition in dashboard.Conditions)
            {
                Row(csv, "condition", month.Month, condition.Id,
                    month.PulseStatus != FigureStatus.Shown ? month.PulseStatus : month.ConditionMeans.TryGetValue(condition.Id, out var mean) ? Number(mean) : Hidden);
            }

            // A hidden month's exercises are "hidden" like its pulse; a month in which nobody finished one has true zeros.
            var exercisesHidden = month.ExercisesStatus == FigureStatus.Hidden;
            foreach (var kind in dashboard.ExerciseKinds)
            {
                Row(csv, "exercises", month.Month, kind.Id, exercisesHidden ? Hidden : Number(month.ExercisesByKind.GetValueOrDefault(kind.Id)));
            }

            Row(csv, "learning_log", month.Month, "entries", exercisesHidden ? Hidden : Number(month.LearningLogEntries ?? 0));
            Row(csv, "stories", month.Month, "posted", Number(month.StoriesPosted));
            Row(csv, "stories", month.Month, "celebrations", Number(month.Celebrations));
            Row(csv, "learning_sets", month.Month, "rounds", Number(month.LearningRounds));
            Row(csv, "learning_sets", month.Month, "answers", Number(month.LearningAnswers));
        }

        // Each set of the range as the page lists it (decision 086): dates and counts only, never its topic. Two sets whose
        // first round fell on the same day are told apart by a number after the date.
        var firstRounds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in dashboard.LearningSets)
        {
            var day = Day(set.FirstRoundAt);
            var period = (firstRounds[day] = firstRounds.GetValueOrDefault(day) + 1) == 1 ? day : $"{day} ({firstRounds[day]})";
            Row(csv, "learning_set", period, "status", set.Status);
            Row(csv, "learning_set", period, "rounds_planned", Number(set.Rounds));
            Row(csv, "learning_set", period, "rounds_held", Number(set.RoundsHeld));
            Row(csv, "learning_set", period, "ended_on", set.EndedAt is { } ended ? Day(ended) : string.Empty);
        }

        foreach (var response in dashboard.YouSaid)
        {
            var period = Day(response.SentAt);
            Row(csv, "you_said", period, "recipients", Number(response.Recipients));
            Row(csv, "you_said", period, "themes", string.Join("; ", response.Themes));
        }

        return csv.ToString();
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static void Row(StringBuilder csv, string section, string period, string measure, string value) =>
        csv.Append(section).Append(',').Append(period).Append(',').Append(measure).Append(',').Append(Quote(value)).Append('\n');

    // Theme labels are ours, but a cell starting with = + - @ would still be read as a formula by a spreadsheet.
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
