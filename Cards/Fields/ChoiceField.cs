namespace OutcomesBot.Cards.Fields;

/// <summary>One (or, with <see cref="Multiple"/>, several) of fixed options; anything else is refused.</summary>
public sealed record ChoiceField(string Id, string Label, IReadOnlyList<Choice> Options, bool Required = true) : ExerciseField(Id, Label, Required)
{
    public bool Multiple { get; init; }

    /// <summary>True for radio buttons or checkboxes; false for a drop-down.</summary>
    public bool Expanded { get; init; } = true;

    public override CardInput Render(string? current) => new ChoiceSetInput(Id, Label, Options)
    {
        IsRequired = Required,
        ErrorMessage = RequiredMessage,
        Style = Expanded ? "expanded" : "compact",
        IsMultiSelect = Multiple ? true : null,
        Value = current,
    };

    protected override FieldCheck CheckValue(string value)
    {
        var picked = Multiple ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [value];
        var unknown = picked.FirstOrDefault(p => Options.All(o => o.Value != p));
        if (unknown is not null)
        {
            return FieldCheck.Problem($"\"{Label}\" has a value that is not one of its options.");
        }

        // Keep the options' order, whatever order the client sent them in.
        return FieldCheck.Valid(string.Join(',', Options.Where(o => picked.Contains(o.Value)).Select(o => o.Value)));
    }

    public string TitleOf(string? value) => Options.FirstOrDefault(o => o.Value == value)?.Title ?? value ?? string.Empty;
}
