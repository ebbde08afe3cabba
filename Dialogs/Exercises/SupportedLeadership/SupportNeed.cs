namespace OutcomesBot.Dialogs.Exercises.SupportedLeadership;

/// <summary>One row of the supported leadership chart: the support, who can give it, and by when.</summary>
public sealed record SupportNeed(string Support, string From, DateOnly? By)
{
    public const int MaxNeeds = 4;

    public static string SupportId(int number) => $"support-{number}";
    public static string FromId(int number) => $"from-{number}";
    public static string ById(int number) => $"by-{number}";
    public static string AnotherId(int number) => RepeatedStep.AnotherField(number);

    /// <summary>The needs recorded, soonest first (undated last).</summary>
    public static IReadOnlyList<SupportNeed> Recorded(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Enumerable.Range(1, MaxNeeds)
            .Where(n => RepeatedStep.Includes(answers, n) && answers.Has(SupportId(n)))
            .Select(n => new SupportNeed(answers[SupportId(n)]!, answers[FromId(n)] ?? string.Empty, Date(answers[ById(n)])))
            .OrderBy(need => need.By ?? DateOnly.MaxValue)
            .ToList();
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
