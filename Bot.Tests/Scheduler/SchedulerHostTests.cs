using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler;

/// <summary>The real host with Quartz on SQLite files in a temp folder, started more than once on the same folder.</summary>
public sealed class SchedulerHostTests
{
    private static readonly Dictionary<string, string?> FastScheduler = new()
    {
        ["Scheduler:IdleWaitTime"] = "00:00:01",
        ["Scheduler:MisfireThreshold"] = "00:00:05",
    };

    [Fact]
    public async Task MissedSlotsWhileDown_FireOnceOnStart_AndTheRhythmCarriesOn()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory();
        var schedule = new CheckInSchedule("team-a", CheckInCadence.Weekly, InThreeDays(), new TimeOnly(9, 0), "Europe/London");
        await using (var before = new BotAppFactory(FastScheduler, dataDirectory: folder.Path))
        {
            await before.Get<IScheduleRegistry>().ScheduleAsync(schedule, cancellationToken);
        }

        // The bot comes back ten weeks later: ten Monday slots went by while it was down.
        var clock = new ShiftedTimeProvider(TimeSpan.FromDays(7 * 10 + 1));
        await using (var after = new BotAppFactory(FastScheduler, services => UseClock(services, clock), folder.Path))
        {
            var log = after.Get<ICheckInCycleLog>();
            await EventuallyAsync(async () => (await log.ListAsync("team-a", cancellationToken)).Count > 0);

            var next = await after.Get<IScheduleRegistry>().GetNextFireTimeAsync("team-a", cancellationToken);
            Assert.NotNull(next);
            Assert.True(next > clock.GetUtcNow(), $"The next slot {next:O} should follow the restart, not be another missed one.");
            var london = TimeZoneInfo.ConvertTime(next.Value, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
            Assert.Equal((schedule.Day, 9, 0), (london.DayOfWeek, london.Hour, london.Minute));
        }

        // Stopping waited for running jobs, so nothing can fire after this count.
        Assert.Equal(1, await CountFiringsAsync(folder.Path, "team-a", cancellationToken));
    }

    [Fact]
    public async Task TwoStartsOnTheSameFolder_CreateQuartzTablesOnce_AndKeepTheSchedule()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory();
        var schedule = new CheckInSchedule("team-b", CheckInCadence.Fortnightly, DayOfWeek.Wednesday, new TimeOnly(10, 30), "America/New_York");
        DateTimeOffset scheduled;
        await using (var first = new BotAppFactory(FastScheduler, dataDirectory: folder.Path))
        {
            scheduled = await first.Get<IScheduleRegistry>().ScheduleAsync(schedule, cancellationToken);
        }

        var tablesAfterFirst = await QuartzTablesAsync(folder.Path, cancellationToken);
        await using (var second = new BotAppFactory(FastScheduler, dataDirectory: folder.Path))
        {
            Assert.Equal(scheduled, await second.Get<IScheduleRegistry>().GetNextFireTimeAsync("team-b", cancellationToken));
        }

        Assert.Contains(tablesAfterFirst, table => table.Equals("qrtz_triggers", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(tablesAfterFirst, await QuartzTablesAsync(folder.Path, cancellationToken));
    }

    [Fact]
    public async Task Reschedule_ReplacesTheTeamsRhythm_AndRemoveDropsIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var host = new BotAppFactory(FastScheduler);
        var registry = host.Get<IScheduleRegistry>();
        await registry.ScheduleAsync(new CheckInSchedule("team-c", CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), cancellationToken);

        var next = await registry.ScheduleAsync(new CheckInSchedule("team-c", CheckInCadence.Weekly, DayOfWeek.Thursday, new TimeOnly(14, 0), "Asia/Tokyo"), cancellationToken);

        var tokyo = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Equal((DayOfWeek.Thursday, 14), (tokyo.DayOfWeek, tokyo.Hour));
        Assert.True(await registry.RemoveAsync("team-c", cancellationToken));
        Assert.Null(await registry.GetNextFireTimeAsync("team-c", cancellationToken));
    }

    private static DayOfWeek InThreeDays() => (DayOfWeek)(((int)TimeProvider.System.GetUtcNow().DayOfWeek + 3) % 7);

    private static void UseClock(IServiceCollection services, TimeProvider clock)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(clock);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            Assert.False(deadline.IsCancellationRequested, "The condition did not hold within 10 s.");
            await Task.Delay(50, deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task<int> CountFiringsAsync(string folder, string teamId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, SqliteDatabase.FileName)};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM check_in_cycle_firings WHERE team_id = $team;";
        command.Parameters.AddWithValue("$team", teamId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> QuartzTablesAsync(string folder, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, SchedulerSqliteFile.FileName)};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
