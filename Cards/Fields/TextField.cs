namespace OutcomesBot.Cards.Fields;

/// <summary>Free text, at most <see cref="MaxLength"/> characters.</summary>
public sealed record TextField(string Id, string Label, bool Required = true, int MaxLength = 1000) : ExerciseField(Id, Label, Required)
{
    public string? Placeholder { get; init; }

    public bool Multiline { get; init; } = true;

    public override CardInput Render(string? current) => new TextInput(Id, Label)
    {
        IsRequired = Required,
        ErrorMessage = RequiredMessage,
        Placeholder = Placeholder,
        IsMultiline = Multiline,
        MaxLength = MaxLength,
        Value = current,
    };

    protected override FieldCheck CheckValue(string value) => value.Length > MaxLength
        ? FieldCheck.Problem($"\"{Label}\" is {value.Length} characters long; please keep it to {MaxLength}.")
        : FieldCheck.Valid(value);
}
