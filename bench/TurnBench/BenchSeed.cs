using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.TurnBench;

/// <summary>
/// Puts an open team check-in cycle, and the benchmark's people as members of its team, in the bot's data folder through
/// the stores the bot uses (AddBotStorage), so that every check-in submit of the run stores an answer (the bot counts an
/// answer for a team cycle only from a member of that team). Also counts the de-duplication rows during the soak.
/// </summary>
internal static class BenchSeed
{
    public const string TeamId = "bench-team";

    public static async Task OpenCycleAsync(string dataDirectory, int people, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:DataDirectory"] = dataDirectory };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<IHostEnvironment>(new SeedEnvironment(dataDirectory))
            .AddLogging();
        services.AddBotStorage();
        await using (var provider = services.BuildServiceProvider())
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(cancellationToken);
            }

            var now = TimeProvider.System.GetUtcNow();
            await AddMembersAsync(provider.GetRequiredService<ITeamStore>(), people, now, cancellationToken);
            await provider.GetRequiredService<ICheckInStore>()
                .SaveCycleAsync(new CheckInCycle(TurnActivities.CycleId, TeamId, now.AddHours(-1), now.AddDays(30), IncludesPulse: false), cancellationToken);
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                // The background checkpoint (decision 042) among them: stopped before the file's pools are cleared.
                await hosted.StopAsync(cancellationToken);
            }
        }

        using var pooled = new SqliteConnection(SqliteFile.ConnectionStringFor(Path.Combine(dataDirectory, SqliteDatabase.FileName)));
        SqliteConnection.ClearPool(pooled);
    }

    private static async Task AddMembersAsync(ITeamStore teams, int people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = TurnActivities.TenantId, ServiceUrl = "http://127.0.0.1/", Name = "Bench team", UpdatedAt = now }, cancellationToken);
        var roster = Enumerable.Range(0, people)
            .Select(person => new TeamMember { TeamId = TeamId, AadObjectId = TurnActivities.AadObjectId(person), TeamsUserId = TurnActivities.TeamsUserId(person), UpdatedAt = now })
            .ToList();
        await teams.SyncRosterAsync(TeamId, roster, cancellationToken);
    }

    /// <summary>Rows of the de-duplication table, and how many of them keep a stored reply.</summary>
    public static async Task<(long Rows, long Replies)> CountClaimsAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, SqliteDatabase.FileName),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(response) FROM processed_activities;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private sealed class SeedEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";

        public string ApplicationName { get; set; } = "TurnBench";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
