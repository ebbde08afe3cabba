using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Teams;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Retention;
using Quartz;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>The daily retention job on the real host: old raw answers go, recent ones and everything anonymous stay.</summary>
public sealed class RetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Now);
    private readonly BotAppFactory _app;

    public RetentionTests() =>
        _app = new BotAppFactory(
            new Dictionary<string, string?> { ["Retention:RawAnswersMonths"] = "24" },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_job_removes_answers_older_than_the_retention_and_keeps_recent_ones_and_aggregates()
    {
        var alex = PersonalDataSeed.Alex;
        await alex.WriteAsync(_app.Services, Now.AddMonths(-1), Token);
        await alex.WriteAnswersAsync(_app.Services, "old-run", Now.AddMonths(-25), Token);
        await PersonalDataSeed.Blake.WriteAnswersAsync(_app.Services, "blake-old-run", Now.AddMonths(-24).AddDays(-1), Token);
        await _app.Get<ITeamStore>().UpsertTeamAsync(new Team { TeamId = PersonalDataSeed.TeamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", UpdatedAt = Now.AddMonths(-30) }, Token);
        await _app.Get<ICheckInCycleLog>().RecordAsync(new CheckInCycleFiring(PersonalDataSeed.TeamId, Now.AddMonths(-30), Now.AddMonths(-30), "firing-1"), Token);
        var database = _app.Get<SqliteDatabase>();
        var teamCyclesBefore = await TeamCyclesAsync(database);
        var anonymousBefore = await AnonymousTableCountsAsync(database);

        await RunJobAsync();

        var runs = await _app.Get<IExerciseSessionStore>().ListAsync(alex.TeamsUserId, null, null, Token);
        Assert.Equal("run-" + alex.Marker, Assert.Single(runs).SessionId);
        var answers = await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(alex.TeamsUserId, Token);
        Assert.Equal(Now.AddMonths(-1), Assert.Single(answers).AnsweredAt);
        Assert.Empty(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(PersonalDataSeed.Blake.TeamsUserId, Token));
        Assert.Empty(await _app.Get<IExerciseSessionStore>().ListAsync(PersonalDataSeed.Blake.TeamsUserId, null, null, Token));
        Assert.NotNull(await _app.Get<IPersonStore>().GetAsync(alex.TeamsUserId, Token));
        Assert.True((await _app.Get<ICheckInStore>().GetPreferencesAsync(alex.TeamsUserId, Token)).OptedOut);
        Assert.Equal(anonymousBefore, await AnonymousTableCountsAsync(database));
        Assert.Equal((1L, 1L), (anonymousBefore["teams"], anonymousBefore["check_in_cycle_firings"]));
        Assert.Equal(3L, teamCyclesBefore);
        Assert.Equal(teamCyclesBefore, await TeamCyclesAsync(database));
    }

    [Fact]
    public async Task A_shorter_retention_removes_more()
    {
        await using var app = new BotAppFactory(
            new Dictionary<string, string?> { ["Retention:RawAnswersMonths"] = "1" },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        await PersonalDataSeed.Alex.WriteAnswersAsync(app.Services, "two-months-ago", Now.AddMonths(-2), Token);
        await PersonalDataSeed.Alex.WriteAnswersAsync(app.Services, "last-week", Now.AddDays(-7), Token);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(Token);
        }

        Assert.Equal("last-week", Assert.Single(await app.Get<IExerciseSessionStore>().ListAsync(PersonalDataSeed.Alex.TeamsUserId, null, null, Token)).SessionId);
    }

    [Fact]
    public async Task The_job_is_scheduled_daily_in_the_persistent_scheduler()
    {
        var scheduler = await _app.Get<ISchedulerFactory>().GetScheduler(Token);

        var trigger = await scheduler.GetTrigger(new TriggerKey("raw-answers-retention-daily", "retention"), Token);

        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal("0 30 2 * * ?", cron.CronExpressionString);
        Assert.Equal(RetentionJob.Key, cron.JobKey);
        Assert.NotNull(await scheduler.GetJobDetail(RetentionJob.Key, Token));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    public void A_retention_outside_1_to_120_months_stops_the_host(string months)
    {
        using var app = new BotAppFactory(new Dictionary<string, string?> { ["Retention:RawAnswersMonths"] = months });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("RawAnswersMonths", error.ToString(), StringComparison.Ordinal);
    }

    private async Task RunJobAsync()
    {
        var context = new Mock<IJobExecutionContext>();
        var job = ActivatorUtilities.CreateInstance<RetentionJob>(_app.Services);
        await job.Execute(context.Object, Token);
    }

    private static async Task<long> TeamCyclesAsync(SqliteDatabase database) =>
        await database.QueryFirstAsync("SELECT COUNT(*) FROM check_in_cycles WHERE owner_person_id IS NULL;", _ => { }, reader => reader.GetInt64(0), Token);

    // Tables with no person column hold nothing about anyone in particular (teams, team cycles, future aggregates).
    private static async Task<Dictionary<string, long>> AnonymousTableCountsAsync(SqliteDatabase database)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await SchemaScan.TablesAsync(database, Token))
        {
            if (!(await SchemaScan.ColumnsAsync(database, table, Token)).Any(SchemaScan.IsPersonColumn))
            {
                counts[table] = await SchemaScan.CountAllAsync(database, table, Token);
            }
        }

        return counts;
    }
}
