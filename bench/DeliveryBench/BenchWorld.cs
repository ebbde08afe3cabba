using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Delivery;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.DeliveryBench;

/// <summary>
/// The real delivery pieces on a fresh SQLite file in a temp folder: outbox, reachability, conversations (one stored
/// 1:1 chat per person, pointing at the fake connector) and the sender over the single-attempt connector client.
/// </summary>
public sealed class BenchWorld : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    private const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"How did this week go?"}]}""";

    private readonly ServiceProvider _services;
    private readonly string _folder;

    private BenchWorld(ServiceProvider services, string folder, SqliteDatabase database)
    {
        _services = services;
        _folder = folder;
        Database = database;
        Outbox = new SqliteOutboxStore(database);
        Reachability = new SqliteReachability(database);
        Conversations = new SqliteConversationStore(database);
    }

    public SqliteDatabase Database { get; }

    public SqliteOutboxStore Outbox { get; }

    public SqliteReachability Reachability { get; }

    public SqliteConversationStore Conversations { get; }

    public static string UserId(int person) => $"29:user-{person}";

    public static async Task<BenchWorld> CreateAsync(TeamsLimitsConnector connector, int people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var folder = Path.Combine(Path.GetTempPath(), "outcomesbot-bench", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = folder }), new HostingEnvironment { ContentRootPath = folder });
        await new SqliteSchemaInitializer(database, NullLogger<SqliteSchemaInitializer>.Instance).StartAsync(cancellationToken);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddBotConnector()
            .BuildServiceProvider();
        var world = new BenchWorld(services, folder, database);
        var now = TimeProvider.System.GetUtcNow();
        for (var person = 0; person < people; person++)
        {
            var user = UserId(person);
            await world.Conversations.UpsertAsync(
                new ConversationReference
                {
                    ConversationId = TeamsLimitsConnector.ConversationFor(user),
                    ServiceUrl = connector.ServiceUrl,
                    Kind = ConversationKind.Personal,
                    TenantId = Tenant,
                    BotId = "28:bot",
                    UserId = user,
                    UpdatedAt = now,
                },
                cancellationToken);
        }

        return world;
    }

    public static OutboxMessage Message(string cycleId, int person, DateTimeOffset now) =>
        OutboxMessage.Create(cycleId, UserId(person), Tenant, "checkin", Card, now);

    public IProactiveSender Sender() => new ConnectorProactiveSender(
        _services.GetRequiredKeyedService<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey),
        Conversations,
        _services.GetRequiredService<ServiceUrlAllowList>(),
        TimeProvider.System,
        NullLogger<ConnectorProactiveSender>.Instance);

    public DeliveryEngine Engine(DeliveryOptions options, IProactiveSender sender, IOutboxPrecondition? check = null) => new(
        Outbox, sender, Reachability, Options.Create(options), TimeProvider.System, NullLogger<DeliveryEngine>.Instance, check is null ? null : [check]);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
