using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Named support requests: support_requests holds the asker's side (with what they wrote), support_recipients the
/// recipient's; both are personal data ("supportRequests" in <see cref="PersonalData.SqlitePersonalDataSources"/>).
/// </summary>
public sealed class SqliteSupportRequestStore(SqliteDatabase database) : ISupportRequestStore
{
    private const string Select = """
        SELECT r.request_id, r.tenant_id, r.team_id, r.asker_id, r.asker_aad_object_id, r.asker_name, r.about, r.asked_at,
               t.recipient_id, t.recipient_aad_object_id, t.recipient_name, t.seen_at, t.done_at
        FROM support_requests r JOIN support_recipients t ON t.request_id = r.request_id
        """;

    public Task<bool> TryAddAsync(SupportRequest request, SupportRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(recipient);
        return database.InTransactionAsync((command, token) => AddBothAsync(command, request, recipient, token), cancellationToken);
    }

    // The request row first: if its id is stored already, nothing is written and the caller is told so.
    private static async Task<bool> AddBothAsync(SqliteCommand command, SupportRequest request, SupportRecipient recipient, CancellationToken cancellationToken)
    {
        command.CommandText = """
            INSERT INTO support_requests (request_id, tenant_id, team_id, asker_id, asker_aad_object_id, asker_name, about, asked_at)
            VALUES ($id, $tenant, $team, $asker, $askerAad, $askerName, $about, $at) ON CONFLICT (request_id) DO NOTHING;
            """;
        command.With("$id", request.RequestId).With("$tenant", request.TenantId).With("$team", request.TeamId).With("$asker", request.AskerId)
            .With("$askerAad", request.AskerAadObjectId).With("$askerName", request.AskerName).With("$about", request.About).With("$at", request.AskedAt);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        command.Parameters.Clear();
        command.CommandText = """
            INSERT INTO support_recipients (request_id, recipient_id, recipient_aad_object_id, recipient_name, asked_at, seen_at, done_at)
            VALUES ($id, $to, $toAad, $toName, $at, $seen, $done);
            """;
        command.With("$id", request.RequestId).With("$to", recipient.RecipientId).With("$toAad", recipient.RecipientAadObjectId)
            .With("$toName", recipient.RecipientName).With("$at", recipient.AskedAt).With("$seen", recipient.SeenAt).With("$done", recipient.DoneAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public Task<NamedSupportRequest?> GetAsync(string requestId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync($"{Select} WHERE r.request_id = $id;", command => command.With("$id", requestId), Read, cancellationToken);

    public async Task<bool> MarkSeenAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("UPDATE support_recipients SET seen_at = $at WHERE request_id = $id AND seen_at IS NULL;",
            command => command.With("$id", requestId).With("$at", at), cancellationToken) == 1;

    public async Task<bool> MarkDoneAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("UPDATE support_recipients SET done_at = $at WHERE request_id = $id AND done_at IS NULL;",
            command => command.With("$id", requestId).With("$at", at), cancellationToken) == 1;

    public Task<IReadOnlyList<NamedSupportRequest>> ListOpenForRecipientAsync(string recipientAadObjectId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"{Select} WHERE t.recipient_aad_object_id = $aad COLLATE NOCASE AND t.done_at IS NULL ORDER BY r.asked_at DESC, r.request_id DESC;",
            command => command.With("$aad", recipientAadObjectId), Read, cancellationToken);

    private static NamedSupportRequest Read(SqliteDataReader reader) => new(
        new SupportRequest(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetNullableString(4),
            reader.GetNullableString(5), reader.GetNullableString(6), reader.GetTime(7)),
        new SupportRecipient(reader.GetString(0), reader.GetString(8), reader.GetString(9), reader.GetNullableString(10), reader.GetTime(7),
            reader.GetNullableTime(11), reader.GetNullableTime(12)));
}
