namespace OutcomesBot.Cards.Fields;

/// <summary>A yes/no switch; stored as "true" or "false". Never required (off is an answer).</summary>
public sealed record ToggleField(string Id, string Label, string Title) : ExerciseField(Id, Label, Required: false)
{
    public override CardInput Render(string? current) => new ToggleInput(Id, Label, Title) { Value = current ?? "false" };

    protected override FieldCheck CheckValue(string value) => value is "true" or "false"
        ? FieldCheck.Valid(value)
        : FieldCheck.Problem($"\"{Label}\" must be on or off.");
}
