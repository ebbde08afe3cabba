using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Exercise runs in Azure Tables, one partition per person: rows "s|{session}" hold the runs and rows "open|{exercise}"
/// mark the one run in progress per exercise. A run and its mark are written in one entity group transaction, so the
/// insert of a second mark fails (409) exactly where SQLite's unique partial index does. Updates replace the run
/// If-Match the ETag read with the expected version, so two saves from the same version cannot both win.
/// </summary>
public sealed class AzureExerciseSessionStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IExerciseSessionStore, ISavedExerciseRuns
{
    public const string TableName = "exercisesessions";

    /// <summary>Typed copies of a run's status, exercise and completion time, for counts filtered on the server (AzureTeamExerciseCounts).</summary>
    internal const string StatusProperty = "Status";
    internal const string ExerciseIdProperty = "ExerciseId";
    internal const string CompletedAtProperty = "CompletedAtTicks";
    internal const string SessionPrefix = "s|";

    public async Task<ExerciseSession?> GetAsync(string personId, string sessionId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(personId), SessionKey(sessionId), cancellationToken) is { } entity ? AzureData.Read<ExerciseSession>(entity) : null;

    public async Task<ExerciseSession?> FindInProgressAsync(string personId, string exerciseId, CancellationToken cancellationToken)
    {
        var mark = await Table.GetAsync(AzureKeys.Escape(personId), OpenKey(exerciseId), cancellationToken);
        var session = mark is null ? null : await GetAsync(personId, mark.GetString("SessionId"), cancellationToken);
        return session is { Status: ExerciseSessionStatus.InProgress } ? session : null;
    }

    public async Task<IReadOnlyList<ExerciseSession>> ListAsync(string personId, string? exerciseId, ExerciseSessionStatus? status, CancellationToken cancellationToken) =>
        (await Table.RangeAsync(AzureKeys.Escape(personId), SessionPrefix, cancellationToken))
            .Select(AzureData.Read<ExerciseSession>)
            .Where(session => (exerciseId is null || session.ExerciseId == exerciseId) && (status is null || session.Status == status))
            .OrderByDescending(session => session.CompletedAt ?? session.UpdatedAt)
            .ToList();

    /// <summary>
    /// Runs in progress are found on the server by their typed status (a cross-partition query: this runs in a background
    /// job, not on a turn); the last-save time and the page are applied here, in session-id order as in SQLite.
    /// </summary>
    public async Task<IReadOnlyList<ExerciseSession>> ListSavedAsync(DateTimeOffset savedBy, string? afterSessionId, int pageSize, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Compare(StatusProperty, "eq", nameof(ExerciseSessionStatus.InProgress)), cancellationToken))
            .Where(entity => entity.RowKey.StartsWith(SessionPrefix, StringComparison.Ordinal))
            .Select(AzureData.Read<ExerciseSession>)
            .Where(session => session.UpdatedAt <= savedBy && string.CompareOrdinal(session.SessionId, afterSessionId ?? string.Empty) > 0)
            .OrderBy(session => session.SessionId, StringComparer.Ordinal)
            .Take(pageSize)
            .ToList();

    public Task<bool> TryAddAsync(ExerciseSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var batch = new List<TableTransactionAction> { AzureWrite.Insert(Entity(session with { Version = 1 })) };
        if (session.Status == ExerciseSessionStatus.InProgress)
        {
            batch.Add(AzureWrite.Insert(OpenMark(session)));
        }

        return Table.TryBatchAsync(batch, cancellationToken);
    }

    public async Task<bool> TryUpdateAsync(ExerciseSession session, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var stored = await Table.GetAsync(AzureKeys.Escape(session.PersonId), SessionKey(session.SessionId), cancellationToken);
        var before = stored is null ? null : AzureData.Read<ExerciseSession>(stored);
        if (stored is null || before is null || before.Version != expectedVersion)
        {
            return false;
        }

        var replacement = Entity(session with { Version = expectedVersion + 1 });
        replacement.ETag = stored.ETag;
        var batch = new List<TableTransactionAction> { AzureWrite.Replace(replacement) };
        var wasOpen = before.Status == ExerciseSessionStatus.InProgress;
        var isOpen = session.Status == ExerciseSessionStatus.InProgress;
        if (wasOpen && !isOpen)
        {
            batch.Add(AzureWrite.DeleteAny(replacement.PartitionKey, OpenKey(session.ExerciseId)));
        }
        else if (!wasOpen && isOpen)
        {
            batch.Add(AzureWrite.Insert(OpenMark(session)));
        }
        else if (isOpen)
        {
            // The mark's retention follows the run's, so the purge never removes one without the other.
            batch.Add(AzureWrite.Upsert(OpenMark(session)));
        }

        // A 412 here means another save won since the read: the caller reloads, as with SQLite's version check.
        return await Table.TryBatchAsync(batch, cancellationToken);
    }

    // A run is a raw answer: retention counts from its last save (docs/decisions/016), finished or not, as in SQLite.
    private static TableEntity Entity(ExerciseSession session)
    {
        var entity = AzureData.Entity(AzureKeys.Escape(session.PersonId), SessionKey(session.SessionId), session);
        entity[StatusProperty] = (session.Status.ToString());
        entity[ExerciseIdProperty] = (session.ExerciseId);
        if (session.CompletedAt is { } completedAt)
        {
            entity[CompletedAtProperty] = (completedAt.UtcTicks);
        }

        return entity.AboutPerson(session.PersonId, null, session.UpdatedAt);
    }

    private static TableEntity OpenMark(ExerciseSession session) =>
        new TableEntity(AzureKeys.Escape(session.PersonId), OpenKey(session.ExerciseId))
        {
            ["SessionId"] = session.SessionId,
        }.AboutPerson(session.PersonId, null, session.UpdatedAt);

    private static string SessionKey(string sessionId) => SessionPrefix + AzureKeys.Escape(sessionId);

    private static string OpenKey(string exerciseId) => "open|" + AzureKeys.Escape(exerciseId);
}
