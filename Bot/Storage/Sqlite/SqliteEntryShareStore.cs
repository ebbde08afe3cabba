using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Entries sent to one person: entry_shares, the sender's data ("entryShares" in <see cref="PersonalData.SqlitePersonalDataSources"/>).</summary>
public sealed class SqliteEntryShareStore(SqliteDatabase database) : IEntryShareStore
{
    public async Task<bool> TryAddAsync(EntryShare share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(share);
        return await database.ExecuteAsync("""
            INSERT INTO entry_shares (share_id, tenant_id, sender_id, sender_aad_object_id, sender_name, recipient_id, recipient_aad_object_id,
                                      recipient_name, session_id, exercise_id, shared_at)
            VALUES ($id, $tenant, $sender, $senderAad, $senderName, $to, $toAad, $toName, $session, $exercise, $at) ON CONFLICT (share_id) DO NOTHING;
            """,
            command => command.With("$id", share.ShareId).With("$tenant", share.TenantId).With("$sender", share.SenderId)
                .With("$senderAad", share.SenderAadObjectId).With("$senderName", share.SenderName).With("$to", share.RecipientId)
                .With("$toAad", share.RecipientAadObjectId).With("$toName", share.RecipientName).With("$session", share.SessionId)
                .With("$exercise", share.ExerciseId).With("$at", share.SharedAt),
            cancellationToken) == 1;
    }

    public Task<EntryShare?> GetAsync(string shareId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync("""
            SELECT share_id, tenant_id, sender_id, sender_aad_object_id, sender_name, recipient_id, recipient_aad_object_id, recipient_name,
                   session_id, exercise_id, shared_at
            FROM entry_shares WHERE share_id = $id;
            """, command => command.With("$id", shareId), Read, cancellationToken);

    private static EntryShare Read(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3), reader.GetNullableString(4),
        reader.GetString(5), reader.GetString(6), reader.GetNullableString(7), reader.GetString(8), reader.GetString(9), reader.GetTime(10));
}
