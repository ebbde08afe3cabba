using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Conversation references in SQLite.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database) : IConversationStore
{
    private const string Columns =
        "conversation_id, service_url, kind, tenant_id, bot_id, bot_name, user_id, team_id, team_name, channel_id, name, is_installed, updated_at";

    // What the read before an upsert finds when the row already says what the upsert would write (else: is_installed).
    private const long Unchanged = 2;

    public async Task<bool> UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // A later activity may lack a field an earlier one had (a message carries no team name): keep the stored value.
        // Every turn passes here: a row that already says the same is left alone (no page written) unless its time is
        // older than SightingRefresh.Interval, so most turns add nothing to the write-ahead log (decision 029).
        const string sql = $"""
            INSERT INTO conversations ({Columns})
            VALUES ($id, $serviceUrl, $kind, $tenant, $botId, $botName, $userId, $teamId, $teamName, $channelId, $name, $installed, $updatedAt)
            ON CONFLICT (conversation_id) DO UPDATE SET
                service_url = excluded.service_url,
                kind = excluded.kind,
                tenant_id = COALESCE(excluded.tenant_id, tenant_id),
                bot_id = COALESCE(excluded.bot_id, bot_id),
                bot_name = COALESCE(excluded.bot_name, bot_name),
                user_id = COALESCE(excluded.user_id, user_id),
                team_id = COALESCE(excluded.team_id, team_id),
                team_name = COALESCE(excluded.team_name, team_name),
                channel_id = COALESCE(excluded.channel_id, channel_id),
                name = COALESCE(excluded.name, name),
                is_installed = excluded.is_installed,
                updated_at = excluded.updated_at
            WHERE service_url IS NOT excluded.service_url OR kind IS NOT excluded.kind OR is_installed IS NOT excluded.is_installed
                OR (excluded.tenant_id IS NOT NULL AND tenant_id IS NOT excluded.tenant_id)
                OR (excluded.bot_id IS NOT NULL AND bot_id IS NOT excluded.bot_id)
                OR (excluded.bot_name IS NOT NULL AND bot_name IS NOT excluded.bot_name)
                OR (excluded.user_id IS NOT NULL AND user_id IS NOT excluded.user_id)
                OR (excluded.team_id IS NOT NULL AND team_id IS NOT excluded.team_id)
                OR (excluded.team_name IS NOT NULL AND team_name IS NOT excluded.team_name)
                OR (excluded.channel_id IS NOT NULL AND channel_id IS NOT excluded.channel_id)
                OR (excluded.name IS NOT NULL AND name IS NOT excluded.name)
                OR updated_at < $refreshBefore;
            """;
        void Bind(SqliteCommand command) => command
            .With("$id", reference.ConversationId).With("$serviceUrl", reference.ServiceUrl).With("$kind", reference.Kind)
            .With("$tenant", reference.TenantId).With("$botId", reference.BotId).With("$botName", reference.BotName)
            .With("$userId", reference.UserId).With("$teamId", reference.TeamId).With("$teamName", reference.TeamName)
            .With("$channelId", reference.ChannelId).With("$name", reference.Name).With("$installed", reference.IsInstalled)
            .With("$updatedAt", reference.UpdatedAt).With("$refreshBefore", reference.UpdatedAt - SightingRefresh.Interval);

        // The upsert's WHERE turned round, as a read: a row that already says the same costs no write at all (decision 033).
        // The read takes a kept reader and no place in a group commit, and nothing is cached, so a change made by another
        // path or instance is never masked.
        // The same read says whether the stored row was marked removed (the uninstall event, or Teams refusing a send as
        // blocked): then a turn that records it installed is the person back, at no extra read (decision 079).
        const string stored = """
            SELECT CASE WHEN service_url IS $serviceUrl AND kind IS $kind AND is_installed IS $installed
                AND ($tenant IS NULL OR tenant_id IS $tenant) AND ($botId IS NULL OR bot_id IS $botId)
                AND ($botName IS NULL OR bot_name IS $botName) AND ($userId IS NULL OR user_id IS $userId)
                AND ($teamId IS NULL OR team_id IS $teamId) AND ($teamName IS NULL OR team_name IS $teamName)
                AND ($channelId IS NULL OR channel_id IS $channelId) AND ($name IS NULL OR name IS $name)
                AND updated_at >= $refreshBefore THEN 2 ELSE is_installed END
            FROM conversations WHERE conversation_id = $id;
            """;
        var found = await database.QueryFirstAsync<long?>(stored, Bind, reader => reader.GetInt64(0), cancellationToken);
        if (found == Unchanged)
        {
            return false;
        }

        await database.ExecuteAsync(sql, Bind, cancellationToken);
        return found == 0 && reference.IsInstalled;
    }

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<ConversationReference?>(
            $"SELECT {Columns} FROM conversations WHERE conversation_id = $key;",
            command => command.With("$key", conversationId), Read, cancellationToken);

    public Task<ConversationReference?> FindPersonalAsync(string userId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<ConversationReference?>(
            $"SELECT {Columns} FROM conversations WHERE user_id = $key AND kind = 'Personal' ORDER BY updated_at DESC LIMIT 1;",
            command => command.With("$key", userId), Read, cancellationToken);

    public Task<IReadOnlyList<ConversationReference>> ListInstalledChannelsAsync(string? tenantId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"""
            SELECT {Columns} FROM conversations
            WHERE kind = 'Channel' AND is_installed = 1 AND ($tenant IS NULL OR tenant_id = $tenant)
            ORDER BY team_name, name, conversation_id;
            """,
            command => command.With("$tenant", tenantId),
            Read,
            cancellationToken);

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE conversations SET welcomed_at = $at WHERE conversation_id = $id AND welcomed_at IS NULL;",
            command => command.With("$at", at).With("$id", conversationId), cancellationToken) == 1;

    public Task ClearWelcomeAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE conversations SET welcomed_at = NULL WHERE conversation_id = $id;",
            command => command.With("$id", conversationId), cancellationToken);

    public Task MarkUninstalledAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE conversations SET is_installed = 0, welcomed_at = NULL, updated_at = $at WHERE conversation_id = $id;",
            command => command.With("$at", at).With("$id", conversationId), cancellationToken);

    private static ConversationReference Read(SqliteDataReader reader) => new()
    {
        ConversationId = reader.GetString(0),
        ServiceUrl = reader.GetString(1),
        Kind = Enum.Parse<ConversationKind>(reader.GetString(2)),
        TenantId = reader.GetNullableString(3),
        BotId = reader.GetNullableString(4),
        BotName = reader.GetNullableString(5),
        UserId = reader.GetNullableString(6),
        TeamId = reader.GetNullableString(7),
        TeamName = reader.GetNullableString(8),
        ChannelId = reader.GetNullableString(9),
        Name = reader.GetNullableString(10),
        IsInstalled = reader.GetInt64(11) == 1,
        UpdatedAt = reader.GetTime(12),
    };
}
