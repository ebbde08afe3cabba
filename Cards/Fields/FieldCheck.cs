namespace OutcomesBot.Cards.Fields;

/// <summary>The verdict on one submitted value: the value to keep, or what is wrong with it.</summary>
public sealed record FieldCheck(bool IsValid, string? Value, string? Error)
{
    public static FieldCheck Valid(string? value) => new(true, value, null);

    public static FieldCheck Problem(string error) => new(false, null, error);
}
