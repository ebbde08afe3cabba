namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The tenant's usual time zones from the people table, most common first. People are stored as JSON, one partition each,
/// so this reads every person's main row: a scan, but of one small row per person, and only when a form is drawn.
/// </summary>
public sealed class AzureTenantTimeZones(AzureTableSet tables) : AzureTableStore(tables, AzurePersonStore.TableName), ITenantTimeZones
{
    public async Task<IReadOnlyList<string>> UsualZonesAsync(string tenantId, int limit, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryAsync(AzureFilters.Compare("RowKey", "eq", AzurePersonStore.MainRow), cancellationToken);
        return rows.Select(AzureData.Read<Person>)
            .Where(p => p.TenantId == tenantId && p.TimeZone is not null)
            .GroupBy(p => p.TimeZone!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(limit).Select(g => g.Key).ToList();
    }
}
