namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// A press on a check-in card or a typed <c>checkin</c>: who pressed (always the sender, never card data), the verb,
/// the card's data and inputs as text, and the person's IANA time zone when Teams told us.
/// </summary>
public sealed record CheckInRequest(string PersonId, string Verb, IReadOnlyDictionary<string, string> Values, string? TimeZone = null)
{
    /// <summary>The sender's Entra object id, from the authenticated activity: team membership is checked by it.</summary>
    public string? AadObjectId { get; init; }
}
