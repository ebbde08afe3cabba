using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Support;
using Quartz;

namespace OutcomesBot.Bot.Tests.Scheduler;

/// <summary>
/// The job that forgets name look-up budgets (decision 098), in the real host on SQLite with a manual clock: it repeats
/// every minute, and removes a person's row once their newest look-up is an hour old, keeping someone who looked a name
/// up since.
/// </summary>
public sealed class ForgetPressBudgetsJobTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly BotAppFactory _app;

    public ForgetPressBudgetsJobTests() =>
        _app = new BotAppFactory(configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_job_repeats_every_minute_in_the_persistent_scheduler()
    {
        var scheduler = await _app.Get<ISchedulerFactory>().GetScheduler(Token);

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(ForgetPressBudgetsJob.Key, Token)));

        Assert.Equal(TimeSpan.FromMinutes(1), trigger.RepeatInterval);
    }

    [Fact]
    public async Task A_person_whose_last_look_up_is_an_hour_old_is_forgotten_and_one_who_looked_since_is_kept()
    {
        var limit = _app.Get<INamePressLimit>();
        for (var i = 0; i <= NamePressLimit.MaxLookUps; i++)
        {
            await limit.TryLookUpAsync("aad-robin", "29:robin", Token);
        }

        _clock.Advance(TimeSpan.FromMinutes(30));
        await limit.TryLookUpAsync("aad-alex", "29:alex", Token);
        // A minute past the hour of Robin's newest (the job's next run; at exactly the hour the row stays one more minute).
        _clock.Advance(TimeSpan.FromMinutes(31));
        var job = ActivatorUtilities.CreateInstance<ForgetPressBudgetsJob>(_app.Services);

        await job.Execute(Mock.Of<IJobExecutionContext>(), Token);

        Assert.Equal(1, await RowsAsync());
        _clock.Advance(TimeSpan.FromMinutes(30));
        await job.Execute(Mock.Of<IJobExecutionContext>(), Token);
        Assert.Equal(0, await RowsAsync());
    }

    private async Task<long> RowsAsync() =>
        await _app.Get<SqliteDatabase>().QueryFirstAsync("SELECT COUNT(*) FROM press_budgets;", _ => { }, reader => reader.GetInt64(0), Token);
}
