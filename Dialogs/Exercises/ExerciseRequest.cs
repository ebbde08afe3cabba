namespace OutcomesBot.Dialogs.Exercises;

/// <summary>A button press on an exercise card: who pressed it, the verb, and the card's data and inputs as text.</summary>
public sealed record ExerciseRequest(string PersonId, string Verb, IReadOnlyDictionary<string, string> Data)
{
    public string? Value(string key) => Data.TryGetValue(key, out var value) ? value : null;
}
