using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The run of a one-off back-fill over one Azure table (decisions 087, 091, 105): the rows a filter finds are read a page
/// at a time and handed to the back-fill's own writes; after each page the continuation token is kept in the table's
/// "backfills" partition, so a run cut short continues where the last page ended; when every page has been read a row
/// there marks the back-fill done, and from then on a run reads that mark and nothing else. The writes must be inserts
/// (or otherwise harmless to repeat): two instances at once, or a run that stopped before keeping its place, read a
/// page twice.
/// </summary>
internal static class AzureBackfillPages
{
    public const string DonePartition = "backfills";
    private const string ContinuationProperty = "Continuation";

    /// <summary>The row under which a run keeps its place until it is done.</summary>
    public static string NextPageRow(string doneRow) => doneRow + "-next";

    /// <summary>
    /// Runs the back-fill marked by <paramref name="doneRow"/> unless it is marked done; returns how many rows
    /// <paramref name="writePage"/> wrote, or null when it was done already.
    /// </summary>
    public static async Task<int?> RunAsync(
        AzureTable table, string doneRow, string filter, int pageSize, Func<IReadOnlyList<TableEntity>, CancellationToken, Task<int>> writePage, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (await table.GetAsync(DonePartition, doneRow, cancellationToken) is not null)
        {
            return null;
        }

        var written = 0;
        var nextPageRow = NextPageRow(doneRow);
        var continuation = (await table.GetAsync(DonePartition, nextPageRow, cancellationToken))?.GetString(ContinuationProperty);
        do
        {
            (var page, continuation) = await table.QueryPageAsync(filter, continuation, pageSize, cancellationToken);
            written += await writePage(page, cancellationToken);

            // Kept once the page is written: a run cut short after this reads on from here; one cut short before reads this
            // page again and writes nothing already there. Two instances at once may each move it; either way every page
            // is read by one of them, as the inserts make reading one twice harmless.
            if (continuation is not null)
            {
                await table.UpsertAsync(new TableEntity(DonePartition, nextPageRow) { [ContinuationProperty] = continuation }, cancellationToken);
            }
        }
        while (continuation is not null);

        await table.UpsertAsync(new TableEntity(DonePartition, doneRow) { ["DoneAt"] = timeProvider.GetUtcNow() }, cancellationToken);
        await table.TryAsync(AzureWrite.DeleteAny(DonePartition, nextPageRow), cancellationToken);
        return written;
    }
}
