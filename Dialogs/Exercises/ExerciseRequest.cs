namespace OutcomesBot.Dialogs.Exercises;

/// <summary>A button press on an exercise card: who pressed it, the verb, and the card's data and inputs as text.</summary>
public sealed record ExerciseRequest(string PersonId, string Verb, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>The person's display name, used only when they choose to share a summary.</summary>
    public string? PersonName { get; init; }

    /// <summary>The person's IANA time zone, as Teams last told us; entries are dated by it.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The zone the person's dates are shown in: theirs, or UTC when it is not known.</summary>
    public TimeZoneInfo Zone => CheckIns.CheckInTiming.PersonZone(TimeZone);

    public string? Value(string key) => Data.TryGetValue(key, out var value) ? value : null;
}
