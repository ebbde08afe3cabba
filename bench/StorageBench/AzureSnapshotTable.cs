using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Cosmos.Table;
using OutcomesBot.Bot.Storage.AzureTables;

namespace OutcomesBot.StorageBench;

/// <summary>
/// BENCH-LOCAL: snapshots in Azure Tables with the documented momentum keys: partition = team, row = "w|" + the week's
/// start as inverted UTC ticks, so that the newest 12 weeks are the first 12 rows of one partition (one request).
/// A team's weeks are written 100 to an entity group transaction.
/// </summary>
internal sealed class AzureSnapshotTable(AzureTableSet tables) : ISnapshotTable
{
    public const string TableName = "benchmomentum";
    private const string Prefix = "w|";

    private AzureTable Table => tables[TableName];

    public async Task SeedAsync(IReadOnlyList<SnapshotRow> teamRows, CancellationToken cancellationToken)
    {
        foreach (var chunk in teamRows.Chunk(100))
        {
            var batch = new TableBatchOperation();
            foreach (var row in chunk)
            {
                var entity = new DynamicTableEntity(row.TeamId, Prefix + (DateTimeOffset.MaxValue.UtcTicks - row.WeekStart.UtcTicks).ToString("D19", CultureInfo.InvariantCulture));
                entity.Properties["Data"] = new EntityProperty(JsonSerializer.Serialize(row));
                batch.Add(TableOperation.InsertOrReplace(entity));
            }

            await Table.Cloud.ExecuteBatchAsync(batch, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SnapshotRow>> LastTwelveAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.RangeAsync(teamId, Prefix, cancellationToken, take: 12))
            .Select(entity => JsonSerializer.Deserialize<SnapshotRow>(entity.Properties["Data"].StringValue)!)
            .ToList();
}
