using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Retention;
using Quartz;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>How the retention job is set up on the real host; what it removes is <see cref="RetentionContract"/>, on both backends.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly BotAppFactory _app = new(new Dictionary<string, string?> { ["Retention:RawAnswersMonths"] = "24" });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

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
}
