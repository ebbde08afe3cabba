using System.Globalization;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// The rows the tab's table views must show for the last <paramref name="weeks"/> weeks, worked out from what
/// <see cref="TabSeed"/> wrote to the store (not from the tab's own code): hidden below 5 answers, rounded as displayed.
/// </summary>
public sealed class TabExpected(TabSeed seed, int weeks)
{
    private const int Minimum = 5;
    private const int Members = 9;

    public IReadOnlyList<DateTimeOffset> Weeks { get; } = TabSeed.Weeks.Skip(TabSeed.Weeks.Count - weeks).ToList();

    public DateTimeOffset From => Weeks[0];

    public DateTimeOffset To => Weeks[^1].AddDays(7);

    public IReadOnlyList<string> Months
    {
        get
        {
            var months = new List<string>();
            for (var m = new DateTimeOffset(From.Year, From.Month, 1, 0, 0, 0, TimeSpan.Zero); m < To; m = m.AddMonths(1))
            {
                months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }

            return months;
        }
    }

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
            var pulses = seed.Answers.Where(a => a.PulseRatings.Count > 0 && Month(a.AnsweredAt) == month && a.AnsweredAt >= From && a.AnsweredAt < To).ToList();
            return pulses.Count == 0 ? "no pulse" : pulses.Count < Minimum ? "hidden" : Number(Math.Round(pulses.Average(a => a.PulseRatings[id]), 1));
        })).ToArray();
    });

    public IEnumerable<string[]> Exercises() => Months.Select(month =>
    {
        var counts = ExerciseCatalog.All.Select(e => InRange(seed.Exercises).Count(x => x.ExerciseId == e.Info.Id && Month(x.At) == month)).ToList();
        return new[] { month }.Concat(counts.Select(Count)).Append(Count(counts.Sum())).ToArray();
    });

    public IEnumerable<string[]> LearningLog() => Months.Select(month =>
        new[] { month, Count(InRange(seed.Exercises).Count(x => x.ExerciseId == LearningLogExercise.Id && Month(x.At) == month)) });

    public IEnumerable<string[]> Stories() => Months.Select(month =>
    {
        var stories = seed.Stories.Where(s => s.At >= From && s.At < To && Month(s.At) == month).ToList();
        return new[] { month, Count(stories.Count), Count(stories.Sum(s => s.Celebrations)) };
    });

    public IEnumerable<string[]> LearningSets() => Months.Select(month =>
    {
        var rounds = seed.Rounds.Where(r => r.Opened >= From && r.Opened < To && Month(r.Opened) == month).ToList();
        return new[] { month, Count(rounds.Count), Count(rounds.Sum(r => r.Answers)) };
    });

    public int HiddenWeeks => Weeks.Count(w => InWeek(w).Count < Minimum);

    private List<CheckInAnswer> InWeek(DateTimeOffset weekStart) =>
        seed.Answers.Where(a => a.AnsweredAt >= weekStart && a.AnsweredAt < weekStart.AddDays(7)).ToList();

    private IEnumerable<(string ExerciseId, DateTimeOffset At)> InRange(IEnumerable<(string ExerciseId, DateTimeOffset At)> items) =>
        items.Where(x => x.At >= From && x.At < To);

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateTimeOffset time) => time.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
