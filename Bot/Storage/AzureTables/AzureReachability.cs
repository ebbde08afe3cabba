using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>People who blocked or removed the bot, one entity per person (a point read before every send).</summary>
public sealed class AzureReachability(AzureTableSet tables) : AzureTableStore(tables, TableName), IReachability
{
    public const string TableName = "unreachable";
    /// <summary>The row key of every person's mark (their escaped Teams id is the partition).</summary>
    internal const string Main = "unreachable";

    public Task MarkUnreachableAsync(string recipientId, string reasonCode, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.UpsertAsync(AzureData.Entity(AzureKeys.Escape(recipientId), Main, new Mark(reasonCode, at)).AboutPerson(recipientId, null), cancellationToken);

    public Task MarkReachableAsync(string recipientId, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.DeleteAny(AzureKeys.Escape(recipientId), Main), cancellationToken);

    public async Task<bool> IsUnreachableAsync(string recipientId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(recipientId), Main, cancellationToken) is not null;

    private sealed record Mark(string ReasonCode, DateTimeOffset MarkedAt);
}
