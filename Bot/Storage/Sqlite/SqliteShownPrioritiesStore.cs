using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The team priorities pools shown to leaders, one row per (team, as-of week); an insert that leaves a kept week as it
/// is, so two instances keeping a pool for the same week at once keep one. The counts are JSON by learning need.
/// </summary>
public sealed class SqliteShownPrioritiesStore(SqliteDatabase database) : IShownPrioritiesStore
{
    public async Task<bool> TryAddAsync(string teamId, PooledPriorities pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var added = await database.ExecuteAsync(
            """
            INSERT INTO shown_priorities (team_id, as_of, people, priority_counts) VALUES ($team, $asOf, $people, $counts)
            ON CONFLICT (team_id, as_of) DO NOTHING;
            """,
            command => command.With("$team", teamId).With("$asOf", pool.AsOf).With("$people", pool.People)
                .With("$counts", JsonSerializer.Serialize(pool.PriorityCounts)),
            cancellationToken);
        return added == 1;
    }

    public Task<IReadOnlyList<PooledPriorities>> ListAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            "SELECT as_of, people, priority_counts FROM shown_priorities WHERE team_id = $team ORDER BY as_of;",
            command => command.With("$team", teamId),
            Read,
            cancellationToken);

    private static PooledPriorities Read(SqliteDataReader reader) => new(
        reader.GetInt32(1),
        reader.GetTime(0),
        JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(2)) ?? []);
}
