namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// What an outbox row holds instead of a card when the card carries other people's names or words (decision 090): a
/// marker naming the kind. The kind's <see cref="IOutboxCardRefresh"/> builds the card from the stores as the message
/// goes, so nothing personal waits in the outbox, and a person's delete, done elsewhere, has nothing here to forget.
/// </summary>
public static class CardBuiltAtSend
{
    /// <summary>The row's stored text for a message of <paramref name="kind"/> (a constant of the code, never input).</summary>
    public static string For(string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return $$"""{"buildAtSend":"{{kind}}"}""";
    }
}
