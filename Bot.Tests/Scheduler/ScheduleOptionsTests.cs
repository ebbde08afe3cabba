using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Bot.Tests.Support;
using Quartz;

namespace OutcomesBot.Bot.Tests.Scheduler;

public sealed class ScheduleOptionsTests
{
    [Fact]
    public void SchedulerSettings_ReachQuartz()
    {
        using var host = new BotAppFactory(new Dictionary<string, string?>
        {
            ["Scheduler:IdleWaitTime"] = "00:00:02",
        });

        var scheduler = host.Services.GetRequiredService<IOptions<QuartzSchedulerOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(2), scheduler.IdleWaitTime);
        Assert.Equal(SchedulerHostBuilderExtensions.SchedulerName, scheduler.InstanceName);
        Assert.Equal(DefaultMisfireHandling.FireAndProceed, scheduler.DefaultMisfireHandling);
    }

    [Theory]
    [InlineData("Scheduler:ConnectionString", "")]
    [InlineData("Scheduler:MisfireThreshold", "00:00:00")]
    [InlineData("Scheduler:IdleWaitTime", "00:10:00")]
    [InlineData("Scheduler:MaxConcurrency", "0")]
    public void InvalidSettings_StopTheHostFromStarting(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key == "Scheduler:ConnectionString")
        {
            settings["Scheduler:Provider"] = "PostgreSQL";
        }

        using var host = new BotAppFactory(settings);

        // Quartz validates its own options on start too, so the host may report several failures at once.
        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains($"{key} must", error.ToString(), StringComparison.Ordinal);
    }
}
