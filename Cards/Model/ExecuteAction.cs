namespace OutcomesBot.Cards.Model;

/// <summary>
/// Universal Action: Teams sends an invoke "adaptiveCard/action" with this verb and data, and replaces
/// the card with the one the bot answers.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>none or auto: whether Teams checks the inputs before sending.</summary>
    public string? AssociatedInputs { get; init; }
}
