using System.Diagnostics;
using Npgsql;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler;

/// <summary>
/// The real host with Quartz clustered on a real PostgreSQL server (a throwaway cluster, see <see cref="Postgres"/>),
/// each test on an empty database of its own.
/// </summary>
[Slow]
public sealed class PostgresSchedulerTests(Postgres postgres)
{
    private const int SimultaneousStarts = 20;
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task OnAnEmptyDatabase_QuartzCreatesItsTables_AndTheScheduleOutlivesARestart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync(cancellationToken);
        var schedule = new CheckInSchedule("team-pg", CheckInCadence.Weekly, DayOfWeek.Tuesday, new TimeOnly(9, 30), "Europe/London");
        DateTimeOffset scheduled;
        await using (var first = new BotAppFactory(Settings(database, "node-a")))
        {
            scheduled = await first.Get<IScheduleRegistry>().ScheduleAsync(schedule, cancellationToken);
        }

        var tables = await QuartzTablesAsync(database, cancellationToken);
        Assert.Contains("qrtz_triggers", tables);
        Assert.Contains("qrtz_locks", tables);
        Assert.Contains("qrtz_scheduler_state", tables);

        await using (var second = new BotAppFactory(Settings(database, "node-b")))
        {
            Assert.Equal(scheduled, await second.Get<IScheduleRegistry>().GetNextFireTimeAsync("team-pg", cancellationToken));
        }

        AssertNoErrors(database);
    }

    [Fact]
    public async Task TwoInstancesStartingAtTheSameMoment_BothJoinTheCluster_WithoutADeadlock_OverTwentyStarts()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var elapsed = Stopwatch.StartNew();
        for (var round = 0; round < SimultaneousStarts; round++)
        {
            // An empty database each round: the two also race to create Quartz's tables and its lock rows (quartznet #1786).
            var database = await postgres.CreateDatabaseAsync(cancellationToken);
            await using var a = new BotAppFactory(Settings(database, "node-a"));
            await using var b = new BotAppFactory(Settings(database, "node-b"));
            using var gate = new Barrier(2);
            var starts = new[] { a, b }.Select(host => Task.Run(() => { gate.SignalAndWait(cancellationToken); _ = host.Services; }, cancellationToken));
            var started = Task.WhenAll(starts);
            Assert.True(await Task.WhenAny(started, Task.Delay(StartWithin, cancellationToken)) == started, $"round {round}: the two did not start within {StartWithin}");
            await started;

            await Eventually.TrueAsync(async () => (await CheckedInAsync(database, cancellationToken)).Count == 2, TimeSpan.FromSeconds(30));
            Assert.Equal(["node-a", "node-b"], await CheckedInAsync(database, cancellationToken));
            AssertNoErrors(database);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{SimultaneousStarts} simultaneous starts in {elapsed.Elapsed.TotalSeconds:0.0} s");
    }

    internal static Dictionary<string, string?> Settings(string connectionString, string instanceId) => new()
    {
        ["Scheduler:Provider"] = "PostgreSQL",
        ["Scheduler:ConnectionString"] = connectionString,
        ["Scheduler:InstanceId"] = instanceId,
        ["Scheduler:IdleWaitTime"] = "00:00:01",
        ["Scheduler:ClusterCheckinInterval"] = "00:00:01",
    };

    // What PostgreSQL itself reported about this database: a deadlock it broke (quartznet #2745), a second insert of a
    // lock row (#1786). Quartz's look for its tables before it creates them ("relation ... does not exist") is expected.
    private void AssertNoErrors(string database)
    {
        var errors = postgres.LogOf(database)
            .Where(line => line.Contains("deadlock detected", StringComparison.Ordinal) || line.Contains("duplicate key", StringComparison.Ordinal))
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static async Task<List<string>> QuartzTablesAsync(string database, CancellationToken cancellationToken) =>
        await QueryAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'qrtz_%' ORDER BY 1", cancellationToken);

    private static async Task<List<string>> CheckedInAsync(string database, CancellationToken cancellationToken) =>
        await QueryAsync(database, "SELECT instance_name FROM qrtz_scheduler_state ORDER BY 1", cancellationToken);

    private static async Task<List<string>> QueryAsync(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
