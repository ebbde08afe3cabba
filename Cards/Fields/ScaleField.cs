using System.Globalization;

namespace OutcomesBot.Cards.Fields;

/// <summary>A rating from <see cref="Min"/> to <see cref="Max"/> (the guide's scales are 1 to 5), shown as buttons.</summary>
public sealed record ScaleField(string Id, string Label, string LowMeaning, string HighMeaning, bool Required = true, int Min = 1, int Max = 5)
    : ExerciseField(Id, Label, Required)
{
    /// <summary>A drop-down instead of a row of buttons per value: for long lists of ratings, where height matters more.</summary>
    public bool Compact { get; init; }

    public override CardInput Render(string? current) => new ChoiceSetInput(Id, Label, Choices())
    {
        IsRequired = Required,
        ErrorMessage = RequiredMessage,
        Style = Compact ? "compact" : "expanded",
        Value = current,
    };

    protected override FieldCheck CheckValue(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= Min && number <= Max
            ? FieldCheck.Valid(number.ToString(CultureInfo.InvariantCulture))
            : FieldCheck.Problem($"\"{Label}\" must be a whole number from {Min} to {Max}.");

    private List<Choice> Choices() =>
        Enumerable.Range(Min, Max - Min + 1)
            .Select(n => new Choice(
                n == Min ? $"{n} ({LowMeaning})" : n == Max ? $"{n} ({HighMeaning})" : n.ToString(CultureInfo.InvariantCulture),
                n.ToString(CultureInfo.InvariantCulture)))
            .ToList();
}
