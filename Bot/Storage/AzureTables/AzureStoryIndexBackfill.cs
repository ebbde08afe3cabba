using Azure.Data.Tables;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Writes the index rows that stories stored before decisions 081 and 087 lack (decision 087): the author's row, so that
/// <c>my stories</c> finds the story after its author left the team, and the take-downs row of a story marked and left,
/// so that the job finishing such take-downs finds it. Every story row is read once; a row is written by insert, so a
/// row already there (written by the story's post, or by another instance running this at the same time, or by a run
/// that stopped half-way) is left as it is and not counted. A row is written exactly as the store writes it, stamped as
/// the author's, so "delete my data" removes it. When every story has been read, a row in "backfills" marks it done; from
/// then on the author index is whole (decision 092), which this instance remembers once it has seen the mark.
/// The stories are read a page at a time (<see cref="AzureTablesOptions.BackfillPageSize"/>, decision 091), and after
/// each page the continuation token is kept in "backfills", so a run cut short continues where the last page ended
/// (<see cref="AzureBackfillPages"/>, shared with the story offers' back-fill of decision 105).
/// </summary>
public sealed class AzureStoryIndexBackfill(AzureTableSet tables, AzureStoryStore stories, IOptions<StorageOptions> options, TimeProvider timeProvider)
    : AzureTableStore(tables, AzureStoryStore.TableName), IStoryIndexBackfill, IStoryAuthorIndex
{
    public const string DonePartition = AzureBackfillPages.DonePartition;
    public const string DoneRow = "story-indexes-087";

    // Never goes back to false: once every story has been read, each story posted writes its author row first.
    private volatile bool _whole;

    public async Task<bool> IsWholeAsync(CancellationToken cancellationToken) =>
        _whole || (_whole = await Table.GetAsync(DonePartition, DoneRow, cancellationToken) is not null);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var storyRows = AzureFilters.And(AzureFilters.Partitions(AzureStoryStore.StoryPrefix, AzureKeys.After(AzureStoryStore.StoryPrefix)), AzureFilters.Compare("RowKey", "eq", AzureStoryStore.StoryRow));
        var written = await AzureBackfillPages.RunAsync(Table, DoneRow, storyRows, options.Value.AzureTables.BackfillPageSize, WritePageAsync, timeProvider, cancellationToken);
        _whole = true;
        return written ?? 0;
    }

    private async Task<int> WritePageAsync(IReadOnlyList<TableEntity> page, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var row in page)
        {
            var story = AzureData.Read<Story>(row);
            written += await AddAsync(AzureStoryStore.AuthorRow(story), story, cancellationToken);
            if (story.TakenDownAt is { } marked)
            {
                written += await AddAsync(AzureStoryStore.TakeDownRow(story.StoryId, marked), story, cancellationToken);
            }
        }

        return written;
    }

    private async Task<int> AddAsync(TableEntity? index, Story read, CancellationToken cancellationToken)
    {
        if (index is null || !await Table.TryAsync(AzureWrite.Insert(index), cancellationToken))
        {
            return 0;
        }

        // The story may have been removed, or its author unlinked by "delete my data", since it was read: the row that
        // removal would have taken goes too, so nothing is left naming the person or pointing nowhere.
        if (await stories.GetAsync(read.StoryId, cancellationToken) is not { } now || !string.Equals(now.AuthorAadObjectId, read.AuthorAadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            await Table.TryAsync(AzureWrite.DeleteAny(index.PartitionKey, index.RowKey), cancellationToken);
            return 0;
        }

        return 1;
    }
}
