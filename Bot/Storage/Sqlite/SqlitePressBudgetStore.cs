using OutcomesBot.Bot.Limits;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Each person's recent presses, one row per person in <c>press_budgets</c> (decision 098). The row is read and written in
/// the group commit's transaction, which holds the file's write lock from its start (<c>BEGIN IMMEDIATE</c>), so no other
/// writer, of this process or another on the same file, comes between the read and the write. A refused press writes
/// nothing, and is decided on a read first, outside the write lock (decision 102): a flood of presses past a spent budget
/// then holds up no other writer. The read cannot refuse wrongly: a press recorded stays in the row until it has left
/// every window, so a budget seen full is full.
/// </summary>
public sealed class SqlitePressBudgetStore(SqliteDatabase database) : IPressBudgetStore
{
    private const string ReadSql = "SELECT passed FROM press_budgets WHERE person_key = $key;";

    private const string WriteSql = """
        INSERT INTO press_budgets (person_key, passed, last_at) VALUES ($key, $passed, $last)
        ON CONFLICT (person_key) DO UPDATE SET passed = excluded.passed, last_at = excluded.last_at;
        """;

    public async Task<int?> TryPressAsync(string personKey, IReadOnlyList<PressBudget> budgets, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var seen = await database.QueryFirstAsync(ReadSql, command => command.With("$key", personKey), reader => reader.GetString(0), cancellationToken);
        if (PressTimes.FirstFull(PressTimes.Parse(seen), budgets, at) is { } seenFull)
        {
            return seenFull;
        }

        return await database.WriteAsync(
            async (connection, token) =>
            {
                var read = PreparedCommands.Rent(connection, ReadSql);
                IReadOnlyList<long> passed;
                try
                {
                    passed = PressTimes.Parse((string?)await read.With("$key", personKey).ExecuteScalarAsync(token));
                }
                finally
                {
                    await PreparedCommands.ReturnAsync(connection, read);
                }

                if (PressTimes.FirstFull(passed, budgets, at) is { } full)
                {
                    return (int?)full;
                }

                var write = PreparedCommands.Rent(connection, WriteSql);
                try
                {
                    await write.With("$key", personKey).With("$passed", PressTimes.Format(PressTimes.With(passed, budgets, at))).With("$last", at).ExecuteNonQueryAsync(token);
                }
                finally
                {
                    await PreparedCommands.ReturnAsync(connection, write);
                }

                return null;
            },
            cancellationToken);
    }

    public Task<int> ForgetIdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM press_budgets WHERE last_at < $before;", command => command.With("$before", before), cancellationToken);
}
