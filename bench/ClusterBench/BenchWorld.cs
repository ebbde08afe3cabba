using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.ClusterBench;

/// <summary>
/// One run: fresh tables on Azurite and a fresh Quartz database, <c>people</c> 1:1 chats on a fake connector that
/// enforces the limit, the cycle queued, then 1 or 2 bots started together; the connector does not drop resends, so a
/// message sent twice counts as duplicated.
/// </summary>
internal sealed class BenchWorld(string azurite, PostgresServer postgres, int people, int limit)
{
    private const string Tenant = "tenant-1";

    public async Task<ClusterResult> RunAsync(int instances, bool kill, CancellationToken cancellationToken)
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(limit, cancellationToken);
        connector.Latency = TimeSpan.FromMilliseconds(30);
        var settings = Settings(await postgres.CreateDatabaseAsync(cancellationToken));
        using var folder = new TempFolder();
        await using var stores = await StoresAsync(settings, folder.Path, cancellationToken);
        var outbox = stores.GetRequiredService<IOutboxStore>();
        await SeedAsync(stores.GetRequiredService<IConversationStore>(), connector.ServiceUrl, cancellationToken);
        var cycle = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var bots = Enumerable.Range(0, instances).Select(index => BenchBot.Start(Environment(settings, folder.Path, $"node-{index}"))).ToList();
        try
        {
            await Task.WhenAll(bots.Select(bot => bot.ListeningAsync(cancellationToken)));
            var clock = Stopwatch.StartNew();
            await outbox.EnqueueAsync(Messages(cycle), cancellationToken);
            TimeSpan? recovery = null;
            if (kill)
            {
                await connector.DeliveredAtLeastAsync(people / 3, cancellationToken);
                var drainer = await DrainerAsync(settings["Scheduler:ConnectionString"]!, cancellationToken);
                bots[int.Parse(drainer[5..], CultureInfo.InvariantCulture)].Kill();
                var killed = Stopwatch.StartNew();
                // Recovered once the survivor delivers more than the killed drain could still have had in flight.
                await connector.DeliveredAtLeastAsync(connector.TotalDelivered + 9, cancellationToken);
                recovery = killed.Elapsed;
            }

            while ((await outbox.CountAsync(cycle, cancellationToken)).Sent < people)
            {
                await Task.Delay(100, cancellationToken);
            }

            var finished = clock.Elapsed;
            var counts = Enumerable.Range(0, people).Select(person => connector.DeliveredPerConversation.GetValueOrDefault(TeamsLimitsConnector.ConversationFor(UserId(person)))).ToList();
            return new ClusterResult(instances, kill, people, finished, connector.MaxRequestsInAnySecond(), connector.LimitViolations,
                counts.Count(count => count == 0), counts.Count(count => count > 1), recovery, File.ReadAllText("/proc/loadavg").Split(' ')[0]);
        }
        finally
        {
            foreach (var bot in bots)
            {
                bot.Dispose();
            }
        }
    }

    private static string UserId(int person) => $"29:user-{person}";

    private Dictionary<string, string?> Settings(string quartzDatabase) => new()
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = azurite,
        ["Storage:AzureTables:TablePrefix"] = "b" + Guid.NewGuid().ToString("N")[..12],
        ["Scheduler:Provider"] = "PostgreSQL",
        ["Scheduler:ConnectionString"] = quartzDatabase,
        ["Scheduler:IdleWaitTime"] = "00:00:01",
        ["Scheduler:ClusterCheckinInterval"] = "00:00:01",
        ["Delivery:TenantRatePerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
        ["Delivery:MaxParallelSends"] = "8",
        ["Delivery:ClaimBatchSize"] = "16",
        ["Delivery:Lease"] = "00:00:10",
        ["Delivery:IdlePoll"] = "00:00:00.200",
        ["Delivery:DrainInterval"] = "00:00:01",
        ["BotConnector:Timeout"] = "00:00:05",
    };

    private static Dictionary<string, string> Environment(Dictionary<string, string?> settings, string folder, string instanceId)
    {
        var environment = settings.Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!, StringComparer.Ordinal);
        environment["Scheduler__InstanceId"] = instanceId;
        environment["Storage__DataDirectory"] = Directory.CreateDirectory(Path.Combine(folder, instanceId)).FullName;
        environment["BotAuthentication__AllowUnauthenticatedLocalMode"] = "true";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        return environment;
    }

    private static async Task<ServiceProvider> StoresAsync(Dictionary<string, string?> settings, string folder, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = folder, EnvironmentName = "Production", ApplicationName = "ClusterBench" })
            .AddLogging();
        services.AddBotStorage();
        var provider = services.BuildServiceProvider();
        await provider.GetServices<IHostedService>().OfType<StorageInitializer>().Single().StartAsync(cancellationToken);
        return provider;
    }

    private async Task SeedAsync(IConversationStore conversations, string serviceUrl, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (person, token) => await conversations.UpsertAsync(new ConversationReference
            {
                ConversationId = TeamsLimitsConnector.ConversationFor(UserId(person)),
                ServiceUrl = serviceUrl,
                Kind = ConversationKind.Personal,
                TenantId = Tenant,
                BotId = "28:bot",
                UserId = UserId(person),
                UpdatedAt = TimeProvider.System.GetUtcNow(),
            }, token));

    private List<OutboxMessage> Messages(string cycle)
    {
        var now = TimeProvider.System.GetUtcNow();
        return [.. Enumerable.Range(0, people).Select(person => OutboxMessage.Create(cycle, UserId(person), Tenant, "checkin", """{"type":"AdaptiveCard","version":"1.5","body":[]}""", now))];
    }

    private static async Task<string> DrainerAsync(string quartzDatabase, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(quartzDatabase);
        await connection.OpenAsync(cancellationToken);
        while (true)
        {
            await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = 'outbox-drain' AND state = 'EXECUTING' LIMIT 1", connection);
            if (await command.ExecuteScalarAsync(cancellationToken) is string name)
            {
                return name;
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
