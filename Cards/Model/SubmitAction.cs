namespace OutcomesBot.Cards.Model;

/// <summary>The pre-Universal-Actions submit: Teams sends a message activity with the inputs in value.</summary>
public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public string? AssociatedInputs { get; init; }
}
