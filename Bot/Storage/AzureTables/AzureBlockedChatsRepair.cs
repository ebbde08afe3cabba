using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Decision 084: on Azure Tables, the counterpart of SQLite's migration for decision 079. Someone Teams refused as
/// blocked before 079 has a reachability mark while their 1:1 chat is still recorded installed, so a message from them
/// did not clear the mark (only adding the app again did). Once per store, at start-up (<see cref="AzureTablesInitializer"/>),
/// each such chat is recorded removed, as a refusal now does; their next message then brings them back.
/// It is idempotent: a chat already removed is left as it is, and the done mark is written last, so a run cut short is
/// finished by the next start. Several instances starting at once may each run it; their writes are the same and each
/// is a conditional replace (ETag), so a second run changes nothing more. Clustered instances start one at a time
/// anyway (decision 028's start lock), and the later ones find the done mark.
/// </summary>
public sealed partial class AzureBlockedChatsRepair(AzureTableSet tables, AzureConversationStore conversations, ILogger<AzureBlockedChatsRepair> logger)
{
    /// <summary>Where the done mark is kept: a row of the reachability table that names nobody.</summary>
    internal const string DonePartition = "repairs";

    internal const string DoneRow = "084-blocked-chats";

    /// <summary>Runs the repair unless it is marked done; returns how many chats it recorded removed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var marks = tables[AzureReachability.TableName];
        if (await marks.GetAsync(DonePartition, DoneRow, cancellationToken) is not null)
        {
            return 0;
        }

        var repaired = 0;
        foreach (var mark in await marks.QueryAsync(AzureFilters.Compare("RowKey", "eq", AzureReachability.Main), cancellationToken))
        {
            if (mark.GetString(AzurePersonalStamp.PersonId) is { Length: > 0 } personId)
            {
                repaired += await conversations.RecordPersonalChatsRemovedAsync(personId, cancellationToken);
            }
        }

        await marks.UpsertAsync(new TableEntity(DonePartition, DoneRow) { ["Chats"] = repaired }, cancellationToken);
        LogRepaired(repaired);
        return repaired;
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Blocked people's 1:1 chats recorded removed, once (decision 084): {Chats}")]
    private partial void LogRepaired(int chats);
}
