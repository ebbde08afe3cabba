using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Fakes;
using Quartz;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// <c>/healthz</c> says the process answers; <c>/readyz</c> says storage and the scheduler answer, so a load balancer
/// sends turns only to an instance that can serve them.
/// </summary>
[Slow]
public sealed class ReadinessTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_started_bot_on_SQLite_is_alive_and_ready_with_storage_and_scheduler_named()
    {
        using var app = new BotAppFactory();

        var (alive, _) = await GetAsync(app, "/healthz");
        await BecomesReadyAsync(app);
        var (ready, checks) = await GetAsync(app, "/readyz");

        Assert.Equal(HttpStatusCode.OK, alive);
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("Healthy", checks["storage"]);
        Assert.Equal("Healthy", checks["scheduler"]);
    }

    [Fact]
    public async Task When_Azure_storage_stops_answering_the_bot_is_not_ready_but_still_alive()
    {
        NodeTools.EnsureInstalled();
        var azurite = await AzuriteServer.StartAsync(NodeTools.NodeModulesDirectory, Token);
        var stopped = false;
        try
        {
            using var app = new BotAppFactory(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "AzureTables",
                ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
                ["Storage:AzureTables:TablePrefix"] = "ready" + Guid.NewGuid().ToString("N")[..12],
                ["Hosting:ReadinessTimeout"] = "00:00:02",
            });
            await BecomesReadyAsync(app);

            await azurite.DisposeAsync();
            stopped = true;
            var (ready, checks) = await GetAsync(app, "/readyz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
            Assert.Equal("Unhealthy", checks["storage"]);
            Assert.Equal("Healthy", checks["scheduler"]);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "/healthz")).Status);
        }
        finally
        {
            if (!stopped)
            {
                await azurite.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_scheduler_in_standby_makes_the_bot_not_ready()
    {
        using var app = new BotAppFactory();
        await BecomesReadyAsync(app);

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Token);
        await scheduler.Standby(Token);
        var (ready, checks) = await GetAsync(app, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal("Unhealthy", checks["scheduler"]);
        Assert.Equal("Healthy", checks["storage"]);
    }

    // Quartz starts once the host has started, so the first requests may find the bot not ready yet.
    private static Task BecomesReadyAsync(BotAppFactory app) =>
        Eventually.TrueAsync(async () => (await GetAsync(app, "/readyz")).Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

    private static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks)> GetAsync(BotAppFactory app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var checks = body.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(check => check.Name, check => check.Value.GetString()!);
        return (response.StatusCode, checks);
    }
}
