namespace OutcomesBot.Cards.Model;

/// <summary>
/// An input. Every input has an id and a label; a required one also has the error message the client shows.
/// The server checks the values again: the client's checks are only a convenience.
/// </summary>
public abstract record CardInput(string Id, string Label) : CardElement
{
    public new string Id { get; init; } = Id;

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
