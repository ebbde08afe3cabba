namespace OutcomesBot.Cards.Model;

/// <summary>An image; <see cref="AltText"/> is read by screen readers.</summary>
public sealed record Image(Uri Url, string AltText) : CardElement
{
    public string? Size { get; init; }
    public string? Style { get; init; }
}
