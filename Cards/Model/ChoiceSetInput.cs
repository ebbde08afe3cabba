namespace OutcomesBot.Cards.Model;

/// <summary>A choice among fixed values; "compact" is a drop-down, "expanded" shows radio buttons or checkboxes.</summary>
public sealed record ChoiceSetInput(string Id, string Label, IReadOnlyList<Choice> Choices) : CardInput(Id, Label)
{
    public string? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? Wrap { get; init; } = true;
}
