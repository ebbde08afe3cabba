namespace OutcomesBot.Cards.Model;

/// <summary>A number between <see cref="Min"/> and <see cref="Max"/>.</summary>
public sealed record NumberInput(string Id, string Label) : CardInput(Id, Label)
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
    public string? Placeholder { get; init; }
}
