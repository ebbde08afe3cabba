using Azure.Data.Tables;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Decision 090: on Azure Tables, the counterpart of SQLite's migration for 090. A story digest or round summary queued
/// before 090 still waits with its card (names and words); a "champion is back" card waits unstamped. Once per store, at
/// start-up (<see cref="AzureTablesInitializer"/>), each waiting digest and summary gets the name-free marker it is built
/// from as it goes (<see cref="CardBuiltAtSend"/>), and each waiting "champion is back" card is stamped with the person
/// it names, so that their delete takes it. Each change is the store's conditional change of a Pending row, so a second
/// instance running it at once changes nothing more; a row being sent is left to its send, which builds the card anew
/// and then forgets it. The done mark is written last, so a run cut short is finished by the next start.
/// </summary>
public sealed partial class AzureOutboxAtRestRepair(AzureTableSet tables, AzureOutboxStore outbox, ILogger<AzureOutboxAtRestRepair> logger)
{
    internal const string DoneRow = "090-outbox-at-rest";

    /// <summary>Runs the repair unless it is marked done; returns how many waiting messages it changed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var marks = tables[AzureReachability.TableName];
        if (await marks.GetAsync(AzureBlockedChatsRepair.DonePartition, DoneRow, cancellationToken) is not null)
        {
            return 0;
        }

        var repaired = 0;
        foreach (var row in await tables[AzureOutboxStore.TableName].QueryAsync(AzureFilters.Compare(AzureOutboxRows.StatusProperty, "eq", nameof(OutboxStatus.Pending)), cancellationToken))
        {
            if (row.RowKey.StartsWith(AzureOutboxRows.MessagePrefix, StringComparison.Ordinal) && await RepairAsync(AzureData.Read<OutboxMessage>(row), cancellationToken))
            {
                repaired++;
            }
        }

        await marks.UpsertAsync(new TableEntity(AzureBlockedChatsRepair.DonePartition, DoneRow) { ["Messages"] = repaired }, cancellationToken);
        LogRepaired(repaired);
        return repaired;
    }

    private Task<bool> RepairAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        StoryDigestRunner.DigestKind or LearningRoundRunner.SummaryKind when message.CardJson != CardBuiltAtSend.For(message.Kind) =>
            outbox.ReplacePendingCardAsync(message.IdempotencyKey, CardBuiltAtSend.For(message.Kind), cancellationToken),
        ChampionReturns.BackKind when message.WriterAadObjectId is null =>
            outbox.ChangePendingAsync(message.IdempotencyKey, waiting => waiting with { WriterAadObjectId = waiting.CycleId[(waiting.CycleId.LastIndexOf(':') + 1)..] }, cancellationToken),
        _ => Task.FromResult(false),
    };

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Waiting digests, round summaries and 'champion is back' cards made name-free or stamped, once (decision 090): {Messages}")]
    private partial void LogRepaired(int messages);
}
