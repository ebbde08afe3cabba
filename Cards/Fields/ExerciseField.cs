namespace OutcomesBot.Cards.Fields;

/// <summary>
/// One question on an exercise step: renders its input (keeping what the person already wrote) and checks the
/// submitted value on the server, whatever the client did.
/// </summary>
public abstract record ExerciseField(string Id, string Label, bool Required)
{
    /// <summary>The input as the card shows it, filled with <paramref name="current"/>.</summary>
    public abstract CardInput Render(string? current);

    /// <summary>Checks a submitted value: the cleaned value to store (null for an empty optional one), or a problem to show.</summary>
    public FieldCheck Check(string? submitted)
    {
        var value = submitted?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return Required ? FieldCheck.Problem($"Please answer \"{Label}\".") : FieldCheck.Valid(null);
        }

        return CheckValue(value);
    }

    /// <summary>Checks a non-empty value.</summary>
    protected abstract FieldCheck CheckValue(string value);

    /// <summary>The error message the client shows for a required field left empty.</summary>
    protected string? RequiredMessage => Required ? $"Please answer \"{Label}\"." : null;
}
