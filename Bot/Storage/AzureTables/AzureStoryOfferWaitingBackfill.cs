using Azure.Data.Tables;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Writes the "waiting|{team}" rows that undecided offers stored before decision 101 lack, so the welcome card tells
/// their team's leaders and champions (decision 105). Every offer row is read once, a page at a time, keeping its place
/// and marking itself done as the story index back-fill does (<see cref="AzureBackfillPages"/>). A decided offer gets no
/// row; an offer deleted with its author's data is not there to read. A row is written by insert, exactly as the offer's
/// insert writes it (stamped as the author's, so "delete my data" removes it), so one already there is left as it is and
/// not counted. If the offer was decided or deleted between the read of its page and the insert, the row goes again.
/// </summary>
public sealed class AzureStoryOfferWaitingBackfill(AzureTableSet tables, AzureStoryOfferStore offers, IOptions<StorageOptions> options, TimeProvider timeProvider)
    : AzureTableStore(tables, AzureStoryOfferStore.TableName), IStoryOfferWaitingBackfill
{
    public const string DoneRow = "offers-waiting-105";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var offerRows = AzureFilters.And(
            AzureFilters.Partitions(AzureStoryOfferStore.OfferPrefix, AzureKeys.After(AzureStoryOfferStore.OfferPrefix)), AzureFilters.Compare("RowKey", "eq", AzureStoryOfferStore.OfferRow));
        return await AzureBackfillPages.RunAsync(Table, DoneRow, offerRows, options.Value.AzureTables.BackfillPageSize, WritePageAsync, timeProvider, cancellationToken) ?? 0;
    }

    private async Task<int> WritePageAsync(IReadOnlyList<TableEntity> page, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var row in page)
        {
            if (AzureData.Read<StoryOffer>(row) is { Decision: null } offer && await AddAsync(offer, cancellationToken))
            {
                written++;
            }
        }

        return written;
    }

    private async Task<bool> AddAsync(StoryOffer read, CancellationToken cancellationToken)
    {
        var waiting = AzureStoryOfferStore.WaitingEntity(read);
        if (!await Table.TryAsync(AzureWrite.Insert(waiting), cancellationToken))
        {
            return false;
        }

        // Decided (its decision's delete found nothing to delete) or deleted with its author's data since the page was read:
        // the row goes too, so nothing is left counting it or naming the person.
        if (await offers.GetAsync(read.Story.StoryId, cancellationToken) is not { Decision: null })
        {
            await Table.TryAsync(AzureWrite.DeleteAny(waiting.PartitionKey, waiting.RowKey), cancellationToken);
            return false;
        }

        return true;
    }
}
