namespace OutcomesBot.Dialogs.People;

/// <summary>The time zones people in a tenant have, from the <c>localTimezone</c> Teams sends with their messages.</summary>
public interface ITenantTimeZones
{
    /// <summary>The distinct IANA zone ids of the tenant's people, the most common first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> UsualZonesAsync(string tenantId, int limit, CancellationToken cancellationToken);
}
