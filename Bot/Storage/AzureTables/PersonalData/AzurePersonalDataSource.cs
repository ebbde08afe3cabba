using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// A store's personal data on Azure Tables, described by the tables it spans (the counterpart of
/// SqlitePersonalDataSource, with the same source names). Export is the stored record of each of the person's rows;
/// delete removes them (or unlinks the person from rows the team keeps); purge removes rows whose retention started
/// before the cutoff. Azure has no cross-partition transaction, so each row is its own write: a delete interrupted part
/// way is finished by running it again, and every pass looks the rows up afresh. A row the delete keeps
/// (<see cref="AzurePersonalRows.Keep"/>) is replaced bare in one write, never deleted (decision 084).
/// </summary>
public sealed class AzurePersonalDataSource(AzureTableSet tables, string name, IReadOnlyList<AzurePersonalRows> rows, TimeProvider time) : IPersonalDataSource
{
    private const int MaxPasses = 5;

    public string Name { get; } = name;

    public async Task<JsonNode?> ExportAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var export = new JsonObject();
        foreach (var part in rows.Where(part => part.ExportName.Length > 0))
        {
            var list = new JsonArray();
            foreach (var entity in await FindAsync(part, person, cancellationToken))
            {
                if (ToNode(entity) is { } node)
                {
                    list.Add(node);
                }
            }

            if (list.Count > 0)
            {
                export[part.ExportName] = list;
            }
        }

        return export.Count > 0 ? export : null;
    }

    public async Task<int> DeleteAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var removed = 0;
        var now = time.GetUtcNow();
        foreach (var part in rows)
        {
            var table = tables[part.Table];

            // A row changed by someone else between the read and the write (412) is read again in the next pass.
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var writes = (await FindAsync(part, person, cancellationToken))
                    .Select(entity => Write(part, entity, person, now))
                    .OfType<(TableTransactionAction Action, bool Counted)>()
                    .ToList();
                if (writes.Count == 0)
                {
                    break;
                }

                foreach (var (action, counted) in writes)
                {
                    if (await table.TryAsync(action, cancellationToken) && counted)
                    {
                        removed++;
                    }
                }
            }
        }

        return removed;
    }

    // What the delete does to one of the person's rows: replace it with the bare row it keeps (not counted; nothing when
    // it is bare already), or with the row the team keeps without them, or delete it.
    private static (TableTransactionAction Action, bool Counted)? Write(AzurePersonalRows part, TableEntity entity, PersonIdentity person, DateTimeOffset now)
    {
        if (part.Keep?.Invoke(entity, now) is { } bare)
        {
            if (SameValues(bare, entity))
            {
                return null;
            }

            bare.ETag = entity.ETag;
            return (AzureWrite.Replace(bare), false);
        }

        var kept = part.Unlink?.Invoke(entity, person);
        if (kept is null)
        {
            return (AzureWrite.Delete(entity), true);
        }

        AzurePersonalStamp.RemovePersonMarks(kept);
        kept.PartitionKey = entity.PartitionKey;
        kept.RowKey = entity.RowKey;
        kept.ETag = entity.ETag;
        return (AzureWrite.Replace(kept), true);
    }

    // The bare row holds what the stored one does, its record and its marks (a row bared before decision 093 gets the mark).
    private static bool SameValues(TableEntity bare, TableEntity stored)
    {
        static IEnumerable<KeyValuePair<string, object>> Values(TableEntity entity) =>
            entity.Where(pair => pair.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).OrderBy(pair => pair.Key, StringComparer.Ordinal);

        return Values(bare).Select(pair => (pair.Key, Convert.ToString(pair.Value, CultureInfo.InvariantCulture)))
            .SequenceEqual(Values(stored).Select(pair => (pair.Key, Convert.ToString(pair.Value, CultureInfo.InvariantCulture))));
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // If-Match the ETag listed: a row written again since (a newer answer in the same row) stays.
        var removed = 0;
        var filter = AzureFilters.Compare(AzurePersonalStamp.RetainFromTicks, "lt", cutoff.UtcTicks);
        foreach (var table in rows.Select(part => part.Table).Distinct(StringComparer.Ordinal))
        {
            removed += await tables[table].DeleteWhereAsync(filter, cancellationToken);
        }

        return removed;
    }

    private async Task<IReadOnlyList<TableEntity>> FindAsync(AzurePersonalRows part, PersonIdentity person, CancellationToken cancellationToken)
    {
        var table = tables[part.Table];
        return part.Find is null
            ? await table.QueryAsync(StampFilter(person), cancellationToken)
            : await part.Find(table, person, cancellationToken);
    }

    /// <summary>The rows stamped with the person's Teams user id or AAD object id.</summary>
    public static string StampFilter(PersonIdentity person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var byTeams = AzureFilters.Compare(AzurePersonalStamp.PersonId, "eq", person.TeamsUserId);
        return string.IsNullOrWhiteSpace(person.AadObjectId)
            ? byTeams
            : AzureFilters.Or(
                byTeams,
                AzureFilters.Compare(AzurePersonalStamp.PersonAad, "eq", person.AadObjectId.ToLowerInvariant()));
    }

    // The stored record (Data) as JSON, so the file reads like the SQLite export; a pointer row with no record of its
    // own exports its keys, which are what it holds about the person.
    private static JsonNode? ToNode(TableEntity entity)
    {
        if (entity.ContainsKey("Data"))
        {
            var node = JsonSerializer.SerializeToNode(AzureData.Read<JsonElement>(entity));
            if (node is JsonObject record)
            {
                foreach (var (name, value) in record.ToList())
                {
                    // A stored card answer kept compressed (decision 036) is exported as the card it holds.
                    if (value is JsonValue text && text.TryGetValue<string>(out var stored) && StoredReplyPacking.IsPacked(stored)
                        && StoredReplyPacking.Unpack(stored) is { } unpacked)
                    {
                        record[name] = JsonNode.Parse(unpacked);
                    }
                }
            }

            return node;
        }

        return new JsonObject { ["partitionKey"] = entity.PartitionKey, ["rowKey"] = entity.RowKey };
    }
}
