using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Activity claims in Azure Tables: partition = conversation, row = activity id. A claim older than the deduplication
/// window counts as gone (until <see cref="OutcomesBot.Scheduler.Turns.ForgetProcessedActivitiesJob"/> deletes it), and an unfinished claim older than
/// twice the turn timeout (a crashed instance) can be taken over. Every take-over is a replace If-Match the ETag read.
/// </summary>
public sealed class AzureActivityDeduplicator(AzureTableSet tables, TimeProvider timeProvider, IOptions<TurnOptions> options) : AzureTableStore(tables, TableName), IActivityDeduplicator
{
    public const string TableName = "activities";

    public Task<ActivityClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var stale = now - (options.Value.TurnTimeout * 2);
        var forgotten = now - options.Value.DeduplicationWindow;
        return Table.ChangeAsync(AzureKeys.Escape(conversationId), AzureKeys.Escape(activityId), entity =>
        {
            var claim = entity is null ? null : AzureData.Read<Claim>(entity);
            if (claim is null || claim.ClaimedAt < forgotten || (claim.CompletedAt is null && claim.ClaimedAt < stale))
            {
                return new AzureChange<ActivityClaim>(Entity(new Claim(now, null, null)), ActivityClaim.Claimed);
            }

            return new AzureChange<ActivityClaim>(null, claim.CompletedAt is null ? ActivityClaim.InProgress : ActivityClaim.Completed(claim.Response));
        }, cancellationToken);
    }

    public Task CompleteAsync(string conversationId, string activityId, string? responseJson, CancellationToken cancellationToken) =>
        Table.ChangeAsync(AzureKeys.Escape(conversationId), AzureKeys.Escape(activityId), entity =>
        {
            var claim = entity is null ? null : AzureData.Read<Claim>(entity);
            return new AzureChange<bool>(
                claim is null ? null : Entity(claim with { CompletedAt = timeProvider.GetUtcNow(), Response = responseJson }), true);
        }, cancellationToken);

    public async Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetAsync(AzureKeys.Escape(conversationId), AzureKeys.Escape(activityId), cancellationToken);
        if (entity is not null && AzureData.Read<Claim>(entity).CompletedAt is null)
        {
            // If-Match: a claim completed (or taken over) since the read is left alone.
            await Table.TryAsync(AzureWrite.Delete(entity), cancellationToken);
        }
    }

    public async Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // Claims carry their claim time as the retention stamp; one filtered query over the table, then a delete each
        // (If-Match: a claim taken over since the read is newer and stays).
        var filter = AzureFilters.Compare(AzurePersonalStamp.RetainFromTicks, "lt", before.UtcTicks);
        var removed = 0;
        foreach (var entity in await Table.QueryAsync(filter, cancellationToken, columns: [AzurePersonalStamp.RetainFromTicks]))
        {
            removed += await Table.TryAsync(AzureWrite.Delete(entity), cancellationToken) ? 1 : 0;
        }

        return removed;
    }

    // A stored reply may echo what someone answered, so it is kept for the retention period from its claim, as in SQLite.
    // It names nobody itself: "my data" finds a person's replies through their 1:1 chats (AzurePersonalFinds.StoredReplies).
    private static TableEntity Entity(Claim claim) => AzureData.Entity("", "", claim).AboutPerson(null, null, claim.ClaimedAt);

    private sealed record Claim(DateTimeOffset ClaimedAt, DateTimeOffset? CompletedAt, string? Response);
}
