using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// A table of people's stops (decisions 079, 096): one row per person and scope (a group of notes, a team), the first
/// stop kept, the person's AAD object id kept lowered, with their Teams id for "my data". The stores over it name the
/// table, its scope column and the kind of stop (<see cref="PersonStopShapes"/>).
/// </summary>
internal sealed class SqlitePersonStops<TStop>(SqliteDatabase database, string table, string scopeColumn, PersonStopShape<TStop> shape)
    where TStop : class
{
    // The statements are built once from the store's constant names, so each is one prepared statement (decision 033).
    private readonly string _insert =
        $"INSERT INTO {table} ({scopeColumn}, aad_object_id, teams_user_id, stopped_at) VALUES ($scope, lower($aad), $teams, $at) ON CONFLICT ({scopeColumn}, aad_object_id) DO NOTHING;";

    private readonly string _delete = $"DELETE FROM {table} WHERE {scopeColumn} = $scope AND aad_object_id = lower($aad);";

    private readonly string _listForScope =
        $"SELECT {scopeColumn}, aad_object_id, teams_user_id, stopped_at FROM {table} WHERE {scopeColumn} = $scope ORDER BY aad_object_id;";

    private readonly string _listForPerson =
        $"SELECT {scopeColumn}, aad_object_id, teams_user_id, stopped_at FROM {table} WHERE aad_object_id = lower($aad) ORDER BY {scopeColumn};";

    private readonly string _listForTeamsUser =
        $"SELECT {scopeColumn}, aad_object_id, teams_user_id, stopped_at FROM {table} WHERE teams_user_id = $teams ORDER BY {scopeColumn};";

    public Task StopAsync(TStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var parts = shape.PartsOf(stop);
        return database.ExecuteAsync(
            _insert,
            command => command.With("$scope", parts.Scope).With("$aad", parts.AadObjectId).With("$teams", parts.TeamsUserId).With("$at", parts.StoppedAt),
            cancellationToken);
    }

    /// <summary>True when there was a stop to remove.</summary>
    public async Task<bool> ResumeAsync(string scope, string aadObjectId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(_delete, command => command.With("$scope", scope).With("$aad", aadObjectId), cancellationToken) > 0;

    /// <summary>The scope's stops, by AAD object id.</summary>
    public Task<IReadOnlyList<TStop>> ListForScopeAsync(string scope, CancellationToken cancellationToken) =>
        database.QueryListAsync(_listForScope, command => command.With("$scope", scope), Read, cancellationToken);

    /// <summary>The person's stops, by scope.</summary>
    public Task<IReadOnlyList<TStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        database.QueryListAsync(_listForPerson, command => command.With("$aad", aadObjectId), Read, cancellationToken);

    /// <summary>The person's stops found by their Teams id (for someone with no stored profile), by scope.</summary>
    public Task<IReadOnlyList<TStop>> ListForTeamsUserAsync(string teamsUserId, CancellationToken cancellationToken) =>
        database.QueryListAsync(_listForTeamsUser, command => command.With("$teams", teamsUserId), Read, cancellationToken);

    private TStop Read(SqliteDataReader reader) =>
        shape.Create(new PersonStopParts(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetTime(3)));
}
