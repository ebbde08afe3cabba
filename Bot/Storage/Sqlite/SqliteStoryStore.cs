using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Success stories and celebrations in SQLite. Stories are kept (docs/decisions/014): their text passed the
/// identifying check and is about nobody nameable; what is personal is who wrote one and who celebrated one
/// (the "stories" source in <see cref="PersonalData.SqlitePersonalDataSources"/>).
/// </summary>
public sealed class SqliteStoryStore(SqliteDatabase database) : IStoryStore
{
    private const string Columns = """
        story_id, team_id, tenant_id, channel_id, author_aad_object_id, author_name, title, mattered, changed, helped, outcome_kinds, posted_at, taken_down_at
        """;

    public async Task<bool> TryAddAsync(Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var added = await database.ExecuteAsync(
            $"""
            INSERT INTO stories ({Columns})
            VALUES ($id, $team, $tenant, $channel, $author, $name, $title, $mattered, $changed, $helped, $kinds, $at, NULL)
            ON CONFLICT (story_id) DO NOTHING;
            """,
            command => command.With("$id", story.StoryId).With("$team", story.TeamId).With("$tenant", story.TenantId)
                .With("$channel", story.ChannelId).With("$author", story.AuthorAadObjectId).With("$name", story.AuthorName)
                .With("$title", story.Title).With("$mattered", story.Mattered).With("$changed", story.Changed).With("$helped", story.Helped)
                .With("$kinds", string.Join(',', story.OutcomeKinds)).With("$at", story.PostedAt),
            cancellationToken);
        return added == 1;
    }

    public Task<Story?> GetAsync(string storyId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<Story?>($"SELECT {Columns} FROM stories WHERE story_id = $id;", command => command.With("$id", storyId), Read, cancellationToken);

    public async Task<bool> RemoveAsync(string storyId, CancellationToken cancellationToken)
    {
        // The story first: should the second delete fail, a retry still removes the celebrations left behind.
        var removed = await database.ExecuteAsync("DELETE FROM stories WHERE story_id = $id;", command => command.With("$id", storyId), cancellationToken);
        await database.ExecuteAsync("DELETE FROM story_celebrations WHERE story_id = $id;", command => command.With("$id", storyId), cancellationToken);
        return removed == 1;
    }

    public async Task<bool> MarkTakenDownAsync(string storyId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE stories SET taken_down_at = COALESCE(taken_down_at, $at) WHERE story_id = $id;",
            command => command.With("$id", storyId).With("$at", at),
            cancellationToken) == 1;

    // On the partial index of marked stories (ix_stories_taken_down): a take-down finishes in the press, so it holds few.
    public Task<IReadOnlyList<Story>> ListLeftMarkedAsync(DateTimeOffset markedBefore, int limit, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM stories WHERE taken_down_at IS NOT NULL AND taken_down_at < $before ORDER BY taken_down_at, story_id LIMIT $limit;",
            command => command.With("$before", markedBefore).With("$limit", limit),
            Read,
            cancellationToken);

    public Task<IReadOnlyList<Story>> ListForTeamAsync(string teamId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"SELECT {Columns} FROM stories WHERE team_id = $team AND posted_at >= $since AND posted_at < $until AND taken_down_at IS NULL ORDER BY posted_at, story_id;",
            command => command.With("$team", teamId).With("$since", since).With("$until", until),
            Read,
            cancellationToken);

    // On the author index (ix_stories_author_nocase); an author unlinked by "delete my data" is '' and matches nobody.
    public Task<IReadOnlyList<Story>> ListByAuthorAsync(string aadObjectId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"""
            SELECT {Columns} FROM stories
            WHERE author_aad_object_id = $author COLLATE NOCASE AND $author <> '' AND posted_at >= $since AND posted_at < $until
            ORDER BY posted_at DESC, story_id;
            """,
            command => command.With("$author", aadObjectId).With("$since", since).With("$until", until),
            Read,
            cancellationToken);

    public async Task<int> CelebrateAsync(string storyId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(
            "INSERT INTO story_celebrations (story_id, aad_object_id, celebrated_at) VALUES ($id, $aad, $at) ON CONFLICT DO NOTHING;",
            command => command.With("$id", storyId).With("$aad", aadObjectId.ToLowerInvariant()).With("$at", at),
            cancellationToken);
        return await CountCelebrationsAsync(storyId, cancellationToken);
    }

    public Task<int> CountCelebrationsAsync(string storyId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync("SELECT COUNT(*) FROM story_celebrations WHERE story_id = $id;", command => command.With("$id", storyId), reader => reader.GetInt32(0), cancellationToken);

    public Task<DateTimeOffset?> LastDigestAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<DateTimeOffset?>(
            "SELECT MAX(period_end) FROM story_digests WHERE team_id = $team;",
            command => command.With("$team", teamId),
            reader => reader.GetNullableTime(0),
            cancellationToken);

    public async Task<bool> TryRecordDigestAsync(string teamId, DateTimeOffset periodEnd, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "INSERT INTO story_digests (team_id, period_end, posted_at) VALUES ($team, $end, $at) ON CONFLICT DO NOTHING;",
            command => command.With("$team", teamId).With("$end", periodEnd).With("$at", at),
            cancellationToken) == 1;

    public Task RecordDigestStoriesAsync(string teamId, DateTimeOffset periodEnd, string channelId, IReadOnlyList<string> storyIds, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE story_digests SET channel_id = $channel, story_ids = $ids WHERE team_id = $team AND period_end = $end;",
            command => command.With("$team", teamId).With("$end", periodEnd).With("$channel", channelId).With("$ids", string.Join(' ', storyIds)),
            cancellationToken);

    public Task<StoryDigest?> GetDigestAsync(string teamId, DateTimeOffset periodEnd, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<StoryDigest?>(
            "SELECT channel_id, story_ids FROM story_digests WHERE team_id = $team AND period_end = $end AND story_ids IS NOT NULL;",
            command => command.With("$team", teamId).With("$end", periodEnd),
            reader => new StoryDigest(teamId, periodEnd, reader.GetString(0), reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            cancellationToken);

    public async Task<IReadOnlyList<StoryDigest>> ListDigestsCarryingAsync(string teamId, string storyId, DateTimeOffset postedAt, CancellationToken cancellationToken)
    {
        var digests = await database.QueryListAsync(
            "SELECT period_end, channel_id, story_ids FROM story_digests WHERE team_id = $team AND period_end > $posted AND story_ids IS NOT NULL;",
            command => command.With("$team", teamId).With("$posted", postedAt),
            reader => new StoryDigest(teamId, reader.GetTime(0), reader.GetString(1), reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            cancellationToken);
        return [.. digests.Where(d => d.StoryIds.Contains(storyId, StringComparer.Ordinal))];
    }

    private static Story Read(SqliteDataReader reader) => new()
    {
        StoryId = reader.GetString(0),
        TeamId = reader.GetString(1),
        TenantId = reader.GetString(2),
        ChannelId = reader.GetString(3),
        AuthorAadObjectId = reader.GetString(4),
        AuthorName = reader.GetNullableString(5),
        Title = reader.GetString(6),
        Mattered = reader.GetString(7),
        Changed = reader.GetString(8),
        Helped = reader.GetString(9),
        OutcomeKinds = reader.GetString(10).Split(',', StringSplitOptions.RemoveEmptyEntries),
        PostedAt = reader.GetTime(11),
        TakenDownAt = reader.GetNullableTime(12),
    };
}
