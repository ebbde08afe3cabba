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

    /// <summary>A titled answer: a heading, one paragraph and any buttons; the heading is also its fallback text.</summary>
    public static AdaptiveCard Titled(string heading, string text, params IReadOnlyList<CardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return Create([Heading.Of(heading), new TextBlock(text)], actions.Count > 0 ? actions : null, heading);
    }

    /// <summary>A card of one line whose text is also its fallback: a short answer, or what stays of a post taken down.</summary>
    public static AdaptiveCard Saying(string text) => Saying(new TextBlock(text));

    /// <inheritdoc cref="Saying(string)"/>
    public static AdaptiveCard Saying(TextBlock line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Create([line], fallbackText: line.Text);
    }
}
