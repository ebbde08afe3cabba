using System.Globalization;

namespace OutcomesBot.Cards.Fields;

/// <summary>A calendar date (yyyy-MM-dd).</summary>
public sealed record DateField(string Id, string Label, bool Required = true) : ExerciseField(Id, Label, Required)
{
    public override CardInput Render(string? current) => new DateInput(Id, Label)
    {
        IsRequired = Required,
        ErrorMessage = RequiredMessage,
        Value = current,
    };

    protected override FieldCheck CheckValue(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? FieldCheck.Valid(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : FieldCheck.Problem($"\"{Label}\" must be a date.");
}
