namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// A press on a support card: who pressed (always the authenticated sender: Teams user id, Entra object id, name, tenant),
/// the verb and the card's data and inputs as text, and the person's IANA time zone when Teams told us.
/// </summary>
public sealed record SupportAction(string PersonId, string? AadObjectId, string? Name, string? TenantId, string Verb, IReadOnlyDictionary<string, string> Values)
{
    public string? TimeZone { get; init; }
}
