namespace OutcomesBot.Cards.Model;

/// <summary>A date, sent as yyyy-MM-dd.</summary>
public sealed record DateInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}
