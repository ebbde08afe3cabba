namespace OutcomesBot.Cards.Model;

/// <summary>A yes/no switch; sends <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput(string Id, string Label, string Title) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string ValueOn { get; init; } = "true";
    public string ValueOff { get; init; } = "false";
    public bool? Wrap { get; init; } = true;
}
