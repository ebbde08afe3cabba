namespace OutcomesBot.Cards.Model;

/// <summary>Free text; <see cref="MaxLength"/> is enforced again on the server.</summary>
public sealed record TextInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
}
