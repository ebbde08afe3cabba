using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Success stories in Azure Tables. A story lives in partition "story|{id}" (a point read; the insert's 409 is the
/// second press of Post) and is stamped with its author. Its team lists it with a row "{posted ticks}|{id}" in
/// "team|{team}" that holds only the id, so the author is named in one place and unlinked there; its author lists it with a
/// row of the same key in "author|{aad}" (decision 081), stamped as theirs, so "delete my data" removes it. The team's digests
/// are rows in "digests|{team}" keyed by inverted period-end ticks, so the last one is the first row. A story marked as being
/// taken down has a row in "takedowns" until it is removed, so the job that finishes a take-down left half-way reads one
/// small partition (decision 087). Celebrations are
/// their own table (one partition per story, one row per person), so a press is an insert and a count is one query.
/// </summary>
public sealed class AzureStoryStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IStoryStore
{
    public const string TableName = "stories";
    public const string CelebrationsTable = "storycelebrations";
    internal const string StoryRow = "story";
    internal const string StoryPrefix = "story|";
    private const string AuthorPrefix = "author|";
    private const string TakeDownsPartition = "takedowns";

    private AzureTable Celebrations => Table.Sibling(CelebrationsTable);

    public async Task<bool> TryAddAsync(Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (await Table.TryAsync(AzureWrite.Insert(Entity(story)), cancellationToken))
        {
            await WriteIndexRowsAsync(story, cancellationToken);
            return true;
        }

        // A second press: write the stored story's index rows again, in case the first press stopped between the writes.
        if (await GetAsync(story.StoryId, cancellationToken) is { } stored)
        {
            await WriteIndexRowsAsync(stored, cancellationToken);
        }

        return false;
    }

    // The take-downs row goes first, so that a mark always has one: the job that finishes what was left finds it there.
    public async Task<bool> MarkTakenDownAsync(string storyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = TakeDownRow(storyId, at);
        await Table.TryAsync(AzureWrite.Insert(row), cancellationToken);
        var marked = await Table.ChangeAsync(
            StoryPartition(storyId),
            StoryRow,
            current =>
            {
                if (current is null)
                {
                    return new AzureChange<bool>(null, false);
                }

                var story = AzureData.Read<Story>(current);
                return story.TakenDownAt is null ? new AzureChange<bool>(Entity(story with { TakenDownAt = at }), true) : new AzureChange<bool>(null, true);
            },
            cancellationToken);
        if (!marked)
        {
            await Table.TryAsync(AzureWrite.DeleteAny(row.PartitionKey, row.RowKey), cancellationToken);
        }

        return marked;
    }

    // One partition of the few take-downs under way; a row whose story is gone (a take-down that finished but stopped
    // before its row went) is deleted here, and one whose mark is not there yet is left to its press.
    public async Task<IReadOnlyList<Story>> ListLeftMarkedAsync(DateTimeOffset markedBefore, int limit, CancellationToken cancellationToken)
    {
        var found = new List<Story>();
        foreach (var row in await Table.QueryAsync(AzureFilters.Partition(TakeDownsPartition), cancellationToken))
        {
            var story = await GetAsync(row.GetString("StoryId"), cancellationToken);
            if (story is null && row.GetDateTimeOffset("MarkedAt") < markedBefore)
            {
                await Table.TryAsync(AzureWrite.Delete(row), cancellationToken);
            }
            else if (story is { TakenDownAt: { } marked } && marked < markedBefore)
            {
                found.Add(story);
            }
        }

        return [.. found.OrderBy(story => story.TakenDownAt).ThenBy(story => story.StoryId, StringComparer.Ordinal).Take(limit)];
    }

    public async Task<Story?> GetAsync(string storyId, CancellationToken cancellationToken) =>
        await Table.GetAsync(StoryPartition(storyId), StoryRow, cancellationToken) is { } entity ? AzureData.Read<Story>(entity) : null;

    public async Task<bool> RemoveAsync(string storyId, CancellationToken cancellationToken)
    {
        if (await GetAsync(storyId, cancellationToken) is not { } story)
        {
            return false;
        }

        // The index rows first, then the story: a listing that finds an index row but no story skips it.
        await Table.TryAsync(AzureWrite.DeleteAny(TeamRow(story).PartitionKey, TeamRow(story).RowKey), cancellationToken);
        if (AuthorRow(story) is { } authorRow)
        {
            await Table.TryAsync(AzureWrite.DeleteAny(authorRow.PartitionKey, authorRow.RowKey), cancellationToken);
        }

        var removed = await Table.TryAsync(AzureWrite.DeleteAny(StoryPartition(storyId), StoryRow), cancellationToken);
        await Table.TryAsync(AzureWrite.DeleteAny(TakeDownsPartition, AzureKeys.Escape(AzureKeyPart.Checked(storyId))), cancellationToken);
        await Celebrations.DeleteWhereAsync(AzureFilters.Partition(AzureKeys.Escape(AzureKeyPart.Checked(storyId))), cancellationToken);
        return removed;
    }

    public async Task<IReadOnlyList<Story>> ListForTeamAsync(string teamId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryAsync(
            AzureFilters.PrefixRange(TeamPartition(teamId), AzureKeys.Time(since), AzureKeys.Time(until)), cancellationToken);
        var stories = await Task.WhenAll(rows.Select(row => GetAsync(row.GetString("StoryId"), cancellationToken)));

        // The story is the truth: a team row is only an index entry.
        return stories.OfType<Story>()
            .Where(story => story.TeamId == teamId && story.PostedAt >= since && story.PostedAt < until && story.TakenDownAt is null)
            .OrderBy(story => story.PostedAt)
            .ThenBy(story => story.StoryId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<Story>> ListByAuthorAsync(string aadObjectId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return [];
        }

        var rows = await Table.QueryAsync(
            AzureFilters.PrefixRange(AuthorPartition(aadObjectId), AzureKeys.Time(since), AzureKeys.Time(until)), cancellationToken);
        var stories = await Task.WhenAll(rows.Select(row => GetAsync(row.GetString("StoryId"), cancellationToken)));

        // The story is the truth: an author unlinked by "delete my data" no longer matches.
        return stories.OfType<Story>()
            .Where(story => string.Equals(story.AuthorAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) && story.PostedAt >= since && story.PostedAt < until)
            .OrderByDescending(story => story.PostedAt)
            .ThenBy(story => story.StoryId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<int> CelebrateAsync(string storyId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var celebration = new Celebration(storyId, aadObjectId.ToLowerInvariant(), at);
        var entity = AzureData.Entity(AzureKeys.Escape(storyId), AzureKeys.Aad(aadObjectId), celebration).AboutPerson(null, aadObjectId);

        // A second press by the same person is a 409, which leaves the first celebration as it is.
        await Celebrations.TryAsync(AzureWrite.Insert(entity), cancellationToken);
        return await CountCelebrationsAsync(storyId, cancellationToken);
    }

    public async Task<int> CountCelebrationsAsync(string storyId, CancellationToken cancellationToken) =>
        (await Celebrations.QueryAsync(AzureFilters.Partition(AzureKeys.Escape(AzureKeyPart.Checked(storyId))), cancellationToken, columns: ["RowKey"])).Count;

    public async Task<DateTimeOffset?> LastDigestAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(DigestPartition(teamId)), cancellationToken, take: 1)) is [var last]
            ? AzureData.Read<Digest>(last).PeriodEnd
            : null;

    public Task<bool> TryRecordDigestAsync(string teamId, DateTimeOffset periodEnd, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.Insert(AzureData.Entity(DigestPartition(teamId), AzureKeys.InvertedTicks(periodEnd.UtcTicks), new Digest(periodEnd, at))), cancellationToken);

    public async Task RecordDigestStoriesAsync(string teamId, DateTimeOffset periodEnd, string channelId, IReadOnlyList<string> storyIds, CancellationToken cancellationToken)
    {
        var rowKey = AzureKeys.InvertedTicks(periodEnd.UtcTicks);
        var stored = await Table.GetAsync(DigestPartition(teamId), rowKey, cancellationToken);
        var digest = stored is null ? new Digest(periodEnd, periodEnd) : AzureData.Read<Digest>(stored);
        await Table.UpsertAsync(AzureData.Entity(DigestPartition(teamId), rowKey, digest with { ChannelId = channelId, StoryIds = storyIds }), cancellationToken);
    }

    public async Task<StoryDigest?> GetDigestAsync(string teamId, DateTimeOffset periodEnd, CancellationToken cancellationToken) =>
        await Table.GetAsync(DigestPartition(teamId), AzureKeys.InvertedTicks(periodEnd.UtcTicks), cancellationToken) is { } row
            && AzureData.Read<Digest>(row) is { ChannelId: { } channelId, StoryIds: { } storyIds }
            ? new StoryDigest(teamId, periodEnd, channelId, storyIds)
            : null;

    // Rows are keyed by inverted period end: the digests that ended after the story was posted come first.
    public async Task<IReadOnlyList<StoryDigest>> ListDigestsCarryingAsync(string teamId, string storyId, DateTimeOffset postedAt, CancellationToken cancellationToken) =>
    [
        .. (await Table.QueryAsync(AzureFilters.PrefixRange(DigestPartition(teamId), "", AzureKeys.InvertedTicks(postedAt.UtcTicks)), cancellationToken))
            .Select(AzureData.Read<Digest>)
            .Where(d => d is { ChannelId: not null, StoryIds: { } ids } && ids.Contains(storyId, StringComparer.Ordinal))
            .Select(d => new StoryDigest(teamId, d.PeriodEnd, d.ChannelId!, d.StoryIds!)),
    ];

    /// <summary>The story the team keeps once its author asked for their data to be deleted (the "stories" source).</summary>
    internal static TableEntity WithoutAuthor(TableEntity entity) =>
        Entity(AzureData.Read<Story>(entity) with { AuthorAadObjectId = "", AuthorName = null });

    private static TableEntity Entity(Story story) =>
        AzureData.Entity(StoryPartition(story.StoryId), StoryRow, story).AboutPerson(null, story.AuthorAadObjectId);

    /// <summary>True for the author's index row, which "delete my data" removes rather than unlinks.</summary>
    internal static bool IsAuthorRow(TableEntity entity) => entity.PartitionKey.StartsWith(AuthorPrefix, StringComparison.Ordinal);

    // The author's row first: a post that stops between the two leaves the story in no list or in its author's, never in
    // the team's alone, so "my stories" can read the author's rows only once the back-fill has run (decision 092).
    private async Task WriteIndexRowsAsync(Story story, CancellationToken cancellationToken)
    {
        if (AuthorRow(story) is { } authorRow)
        {
            await Table.UpsertAsync(authorRow, cancellationToken);
        }

        await Table.UpsertAsync(TeamRow(story), cancellationToken);
    }

    private static TableEntity TeamRow(Story story) =>
        new(TeamPartition(story.TeamId), IndexKey(story))
        {
            ["StoryId"] = story.StoryId,
        };

    // Stories stored before decision 081 have no author row until the back-fill writes it (AzureStoryIndexBackfill, 087).
    internal static TableEntity? AuthorRow(Story story) => string.IsNullOrWhiteSpace(story.AuthorAadObjectId)
        ? null
        : new TableEntity(AuthorPartition(story.AuthorAadObjectId), IndexKey(story)) { ["StoryId"] = story.StoryId }.AboutPerson(null, story.AuthorAadObjectId);

    internal static TableEntity TakeDownRow(string storyId, DateTimeOffset at) =>
        new(TakeDownsPartition, AzureKeys.Escape(AzureKeyPart.Checked(storyId))) { ["StoryId"] = storyId, ["MarkedAt"] = at };

    private static string IndexKey(Story story) => AzureKeys.Time(story.PostedAt) + AzureKeys.Separator + AzureKeys.Escape(story.StoryId);

    private static string AuthorPartition(string aadObjectId) => AuthorPrefix + AzureKeys.Aad(aadObjectId);

    // Story ids come back in card data (Post, Celebrate): checked before they become keys.
    private static string StoryPartition(string storyId) => AzureKeys.Join("story", AzureKeyPart.Checked(storyId));

    private static string TeamPartition(string teamId) => AzureKeys.Join("team", teamId);

    private static string DigestPartition(string teamId) => AzureKeys.Join("digests", teamId);

    private sealed record Celebration(string StoryId, string AadObjectId, DateTimeOffset CelebratedAt);

    private sealed record Digest(DateTimeOffset PeriodEnd, DateTimeOffset PostedAt, string? ChannelId = null, IReadOnlyList<string>? StoryIds = null);
}
