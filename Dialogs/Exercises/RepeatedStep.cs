namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// A step that an exercise repeats up to a number of times (the challenges chart, the supported leadership chart). Each
/// entry but the last ends with an "add another" switch, and entry n is asked, and counted, only while every switch before
/// it is on: answers left behind after a switch was turned off are ignored.
/// </summary>
public static class RepeatedStep
{
    public static string AnotherField(int n) => $"another-{n}";

    /// <summary>Whether entry <paramref name="n"/> is part of the exercise: the first always is, a later one while every switch before it is on.</summary>
    public static bool Includes(ExerciseAnswers answers, int n)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Enumerable.Range(1, n - 1).All(previous => answers.IsOn(AnotherField(previous)));
    }

    /// <summary>Entry <paramref name="n"/> of up to <paramref name="max"/>: its fields, then (but on the last) the "add another" switch.</summary>
    public static ExerciseStep Create(
        string id, string title, int n, int max, IReadOnlyList<ExerciseField> fields, string anotherLabel, string anotherTitle) =>
        new(id, title, n < max ? [.. fields, new ToggleField(AnotherField(n), anotherLabel, anotherTitle)] : fields)
        {
            When = n == 1 ? null : answers => Includes(answers, n),
        };
}
