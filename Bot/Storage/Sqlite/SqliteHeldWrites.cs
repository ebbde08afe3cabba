using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The statements a turn wrote to one SQLite file, run only when the turn completes: in one group-commit entry with the
/// turn's completion, inside a savepoint, so the turn's effects and its de-duplication mark are stored together or not at
/// all (decision 042).
/// </summary>
internal sealed class SqliteHeldWrites(SqliteDatabase database) : IHeldWrites
{
    private readonly List<(string Sql, Action<SqliteCommand> Bind)> _writes = [];

    public SqliteDatabase Database => database;

    public bool Any
    {
        get
        {
            lock (_writes)
            {
                return _writes.Count > 0;
            }
        }
    }

    public void Add(string sql, Action<SqliteCommand> bind)
    {
        lock (_writes)
        {
            _writes.Add((sql, bind));
        }
    }

    public void Discard()
    {
        lock (_writes)
        {
            _writes.Clear();
        }
    }

    public async Task StoreAsync(CancellationToken cancellationToken)
    {
        var held = Take();
        if (held.Count > 0)
        {
            await database.WriteAsync(
                async (connection, token) =>
                {
                    await TurnCommit.RunAsync(connection, held, null, static _ => { }, token);
                    return true;
                },
                cancellationToken);
        }
    }

    /// <summary>Takes the held statements out, so that they run at most once.</summary>
    public IReadOnlyList<(string Sql, Action<SqliteCommand> Bind)> Take()
    {
        lock (_writes)
        {
            var taken = _writes.ToList();
            _writes.Clear();
            return taken;
        }
    }

    /// <summary>The writes held by the turn running on this flow for <paramref name="file"/>, if it holds any.</summary>
    public static SqliteHeldWrites? Current(SqliteDatabase file) =>
        TurnScope.Current?.HeldWrites is SqliteHeldWrites held && ReferenceEquals(held.Database, file) ? held : null;
}
