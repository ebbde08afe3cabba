namespace OutcomesBot.Dialogs.Exercises;

/// <summary>A person's answers in one run of an exercise, by field id. Only checked values are ever put here.</summary>
public sealed record ExerciseAnswers(IReadOnlyDictionary<string, string> Values)
{
    public static ExerciseAnswers Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public string? this[string fieldId] => Values.TryGetValue(fieldId, out var value) ? value : null;

    public int? Number(string fieldId) =>
        int.TryParse(this[fieldId], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public bool IsOn(string fieldId) => this[fieldId] == "true";

    public bool Has(string fieldId) => !string.IsNullOrEmpty(this[fieldId]);

    /// <summary>These answers with the given values set; a null value removes the answer.</summary>
    public ExerciseAnswers With(IEnumerable<KeyValuePair<string, string?>> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal);
        foreach (var (key, value) in updates)
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        return new ExerciseAnswers(values);
    }
}
