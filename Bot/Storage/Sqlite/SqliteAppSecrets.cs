namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>The bot's own secrets in its SQLite file: inserted if absent, and what is stored returned, in one statement.</summary>
public sealed class SqliteAppSecrets(SqliteDatabase database) : IAppSecrets
{
    public async Task<string> GetOrAddAsync(string name, string valueIfNew, CancellationToken cancellationToken) =>
        await database.WriteReturningFirstAsync(
            """
            INSERT INTO app_secrets (name, value) VALUES ($name, $value)
            ON CONFLICT (name) DO UPDATE SET value = app_secrets.value RETURNING value;
            """,
            command => command.With("$name", name).With("$value", valueIfNew),
            reader => reader.GetString(0),
            cancellationToken) ?? throw new InvalidOperationException("The secret was neither stored nor found.");
}
