using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OutcomesBot.StorageBench;

/// <summary>BENCH-LOCAL: snapshots in SQLite, primary key (team, week), read with ORDER BY week DESC LIMIT 12.</summary>
internal sealed class SqliteSnapshotTable(string folder) : ISnapshotTable
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench-momentum.db"), Pooling = true }.ToString();

    public async Task SeedAsync(IReadOnlyList<SnapshotRow> teamRows, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS bench_snapshots (team_id TEXT NOT NULL, week_start INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (team_id, week_start));
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO bench_snapshots VALUES ($team, $week, $data);";
        foreach (var row in teamRows)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$team", row.TeamId);
            command.Parameters.AddWithValue("$week", row.WeekStart.UtcTicks);
            command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(row));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SnapshotRow>> LastTwelveAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM bench_snapshots WHERE team_id = $team ORDER BY week_start DESC LIMIT 12;";
        command.Parameters.AddWithValue("$team", teamId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SnapshotRow>(12);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<SnapshotRow>(reader.GetString(0))!);
        }

        return rows;
    }
}
