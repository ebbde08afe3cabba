using System.Globalization;

namespace OutcomesBot.Dialogs.Exercises.SupportedLeadership;

/// <summary>One row of the supported leadership chart: the support, who can give it, and by when.</summary>
public sealed record SupportNeed(string Support, string From, DateOnly? By)
{
    public const int MaxNeeds = 4;

    public static string SupportId(int number) => $"support-{number}";
    public static string FromId(int number) => $"from-{number}";
    public static string ById(int number) => $"by-{number}";
    public static string AnotherId(int number) => $"another-{number}";

    /// <summary>
    /// Whether need <paramref name="number"/> is part of the chart: the first always is, each later one only while
    /// every "add another" before it is on. Answers left behind after a toggle was switched off are ignored.
    /// </summary>
    public static bool Applies(ExerciseAnswers answers, int number)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Enumerable.Range(1, number - 1).All(previous => answers.IsOn(AnotherId(previous)));
    }

    /// <summary>The needs recorded, soonest first (undated last).</summary>
    public static IReadOnlyList<SupportNeed> Recorded(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Enumerable.Range(1, MaxNeeds)
            .Where(n => Applies(answers, n) && answers.Has(SupportId(n)))
            .Select(n => new SupportNeed(answers[SupportId(n)]!, answers[FromId(n)] ?? string.Empty, Date(answers[ById(n)])))
            .OrderBy(need => need.By ?? DateOnly.MaxValue)
            .ToList();
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
