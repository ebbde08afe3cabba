using System.Globalization;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// The rows the tab's table views must show for the last <paramref name="weeks"/> weeks, worked out from what
/// <see cref="TabSeed"/> wrote to the store (not from the tab's own code): hidden below 5 answers, rounded as displayed.
/// A month is the weeks that start in it, taken whole whatever the range, and shown only once all its weeks are over
/// (decision 048).
/// </summary>
public sealed class TabExpected(TabSeed seed, int weeks)
{
    private const int Minimum = 5;
    private const int Members = 9;

    public IReadOnlyList<DateTimeOffset> Weeks { get; } = TabSeed.Weeks.Skip(TabSeed.Weeks.Count - weeks).ToList();

    public DateTimeOffset From => Weeks[0];

    public DateTimeOffset To => Weeks[^1].AddDays(7);

    /// <summary>The first week of <see cref="From"/>'s month: the months reach back to it.</summary>
    public DateTimeOffset MonthsFrom => FirstMonday(From.Year, From.Month);

    public IReadOnlyList<string> Months => MonthWeeks().Select(w => Month(w)).Distinct().ToList();

    public IEnumerable<string[]> Participation() => Weeks.Select(w =>
    {
        var answered = InWeek(w).Count;
        return answered < Minimum
            ? [Day(w), "hidden", "9", "hidden"]
            : new[] { Day(w), Count(answered), "9", Count((int)Math.Round(answered * 100.0 / Members, MidpointRounding.AwayFromZero)) };
    });

    public IEnumerable<string[]> Confidence() => Weeks.Select(w =>
    {
        var week = InWeek(w);
        return week.Count < Minimum ? [Day(w), "hidden"] : new[] { Day(w), Number(Math.Round(week.Average(a => a.Confidence), 2)) };
    });

    public IEnumerable<string[]> Conditions() => ChangeReadinessPulse.Conditions.Select(field =>
    {
        var id = ChangeReadinessPulse.ConditionId(field.Id);
        return new[] { field.Label }.Concat(Months.Select(month =>
        {
            var pulseWeeks = WeeksOf(month).Select(InWeek).Where(answers => answers.Any(a => a.PulseRatings.Count > 0)).ToList();
            var shown = pulseWeeks.Where(answers => answers.Count >= Minimum).Select(answers => Math.Round((answers.Average(a => a.PulseRatings[id]) - 1) / 4 * 100, 1)).ToList();
            return !Ended(month) ? "hidden" : shown.Count > 0 ? Number(Math.Round(1 + (shown.Average() / 25), 1)) : pulseWeeks.Count > 0 ? "hidden" : "no pulse";
        })).ToArray();
    });

    public IEnumerable<string[]> Exercises() => Months.Select(month =>
    {
        var shown = ShownExercises(month);
        var counts = ExerciseCatalog.All.Select(e => shown?.Count(x => x.ExerciseId == e.Info.Id)).ToList();
        return new[] { month }.Concat(counts.Select(Count)).Append(Count(shown?.Count)).ToArray();
    });

    public IEnumerable<string[]> LearningLog() => Months.Select(month =>
        new[] { month, Count(ShownExercises(month)?.Count(x => x.ExerciseId == LearningLogExercise.Id)) });

    public IEnumerable<string[]> Stories() => Months.Select(month =>
    {
        var stories = seed.Stories.Where(s => s.At >= MonthsFrom && s.At < To && Month(s.At) == month).ToList();
        return new[] { month, Count(stories.Count), Count(stories.Sum(s => s.Celebrations)) };
    });

    public IEnumerable<string[]> LearningSets() => Months.Select(month =>
    {
        var rounds = seed.Rounds.Where(r => r.Opened >= MonthsFrom && r.Opened < To && Month(r.Opened) == month).ToList();
        return new[] { month, Count(rounds.Count), Count(rounds.Sum(r => r.Answers)) };
    });

    public int HiddenWeeks => Weeks.Count(w => InWeek(w).Count < Minimum);

    private List<CheckInAnswer> InWeek(DateTimeOffset weekStart) =>
        seed.Answers.Where(a => a.AnsweredAt >= weekStart && a.AnsweredAt < weekStart.AddDays(7)).ToList();

    // The month's exercises from its weeks in which at least 5 people finished one (one each a week in the seed); null
    // (hidden) until the month is over, or when no week reached 5 though some exercises were finished.
    private List<(string ExerciseId, DateTimeOffset At)>? ShownExercises(string month)
    {
        var byWeek = WeeksOf(month).Select(w => seed.Exercises.Where(x => x.At >= w && x.At < w.AddDays(7)).ToList()).ToList();
        var shown = byWeek.Where(week => week.Count >= Minimum).ToList();
        return !Ended(month) || (shown.Count == 0 && byWeek.Any(week => week.Count > 0)) ? null : shown.SelectMany(week => week).ToList();
    }

    private IEnumerable<DateTimeOffset> MonthWeeks()
    {
        for (var w = MonthsFrom; w < To; w = w.AddDays(7))
        {
            yield return w;
        }
    }

    private IEnumerable<DateTimeOffset> WeeksOf(string month) => MonthWeeks().Where(w => Month(w) == month);

    // All of a month's weeks have finished once the week of the next month's first Monday has begun.
    private static bool Ended(string month)
    {
        var next = DateTimeOffset.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddMonths(1);
        return FirstMonday(next.Year, next.Month) <= TabSeed.Weeks[^1].AddDays(7);
    }

    private static DateTimeOffset FirstMonday(int year, int month)
    {
        var first = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The month of the week the time falls in (the seed's times are a Monday plus a few days).
    private static string Month(DateTimeOffset time) => time.AddDays(-(((int)time.DayOfWeek + 6) % 7)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "hidden";
}
