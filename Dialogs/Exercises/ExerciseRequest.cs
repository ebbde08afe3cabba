namespace OutcomesBot.Dialogs.Exercises;

/// <summary>A button press on an exercise card: who pressed it, the verb, and the card's data and inputs as text.</summary>
public sealed record ExerciseRequest(string PersonId, string Verb, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>The person's display name, used only when they choose to share a summary.</summary>
    public string? PersonName { get; init; }

    public string? Value(string key) => Data.TryGetValue(key, out var value) ? value : null;
}
