namespace OutcomesBot.Cards.Kit;

/// <summary>A card stretched to the width of the conversation in Teams, with the text shown where cards cannot be.</summary>
public static class FullWidthCard
{
    public static AdaptiveCard Create(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null, string? fallbackText = null) => new()
    {
        Body = body,
        Actions = actions,
        FallbackText = fallbackText,
        MsTeams = new TeamsCardProperties(),
    };
}
