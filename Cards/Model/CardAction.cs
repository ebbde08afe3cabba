namespace OutcomesBot.Cards.Model;

/// <summary>A button; the JSON "type" is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    /// <summary>default, positive or destructive.</summary>
    public string? Style { get; init; }

    public string? Tooltip { get; init; }

    /// <summary>What a client that cannot run this action shows instead (Action.Submit for clients without Universal Actions).</summary>
    public CardAction? Fallback { get; init; }
}
