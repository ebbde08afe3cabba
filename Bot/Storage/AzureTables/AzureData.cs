using System.Globalization;
using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Stored state goes into an entity as JSON, so that the record types stay the only schema. A string property holds at
/// most 64 KiB (32K UTF-16 characters), so longer JSON (a big card in the outbox) is split over Data, Data1, Data2...
/// </summary>
internal static class AzureData
{
    private const string Property = "Data";
    private const int ChunkLength = 30_000;

    public static TableEntity Entity<T>(string partitionKey, string rowKey, T value)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        Write(entity, value);
        return entity;
    }

    public static void Write<T>(TableEntity entity, T value)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var json = JsonSerializer.Serialize(value);
        for (var chunk = 0; chunk * ChunkLength < json.Length || chunk == 0; chunk++)
        {
            var start = chunk * ChunkLength;
            entity[Name(chunk)] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }
    }

    public static T Read<T>(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var json = string.Concat(Enumerable.Range(0, int.MaxValue)
            .Select(Name)
            .TakeWhile(entity.ContainsKey)
            .Select(entity.GetString));
        return JsonSerializer.Deserialize<T>(json) ?? throw new InvalidDataException($"Entity {entity.RowKey} holds no data.");
    }

    private static string Name(int chunk) => chunk == 0 ? Property : Property + chunk.ToString(CultureInfo.InvariantCulture);
}
