namespace OutcomesBot.Cards.Model;

/// <summary>A time of day, sent as HH:mm (24-hour); Teams shows its own time picker.</summary>
public sealed record TimeInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}
