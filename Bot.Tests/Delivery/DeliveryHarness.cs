using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Delivery;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// The real delivery pieces over one SQLite file: outbox, reachability, conversation store, and the proactive sender
/// over the single-attempt connector client pointed at a <see cref="TeamsLimitsConnector"/>.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    public const string BotId = "28:bot";

    private readonly ServiceProvider _services;

    private DeliveryHarness(TempSqlite sqlite, ServiceProvider services, TeamsLimitsConnector connector)
    {
        Sqlite = sqlite;
        _services = services;
        Connector = connector;
        Outbox = new SqliteOutboxStore(sqlite.Database);
        Reachability = new SqliteReachability(sqlite.Database);
        Conversations = new SqliteConversationStore(sqlite.Database);
    }

    public TempSqlite Sqlite { get; }

    public TeamsLimitsConnector Connector { get; }

    public SqliteOutboxStore Outbox { get; }

    public SqliteReachability Reachability { get; }

    public SqliteConversationStore Conversations { get; }

    public static string UserId(int person) => $"29:user-{person}";

    public static string ConversationFor(string userId) => TeamsLimitsConnector.ConversationFor(userId);

    public static string ConversationOf(int person) => ConversationFor(UserId(person));

    public static async Task<DeliveryHarness> CreateAsync(TeamsLimitsConnector connector, int people, CancellationToken cancellationToken)
    {
        var sqlite = await TempSqlite.CreateAsync();
        var services = ConnectorTestServices.Build();
        var harness = new DeliveryHarness(sqlite, services, connector);
        for (var person = 0; person < people; person++)
        {
            await harness.Conversations.UpsertAsync(
                new ConversationReference
                {
                    ConversationId = ConversationOf(person),
                    ServiceUrl = connector.ServiceUrl,
                    Kind = ConversationKind.Personal,
                    TenantId = Tenant,
                    BotId = BotId,
                    UserId = UserId(person),
                    UpdatedAt = TimeProvider.System.GetUtcNow(),
                },
                cancellationToken);
        }

        return harness;
    }

    public IProactiveSender Sender() => new ConnectorProactiveSender(
        _services.GetRequiredKeyedService<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey),
        Conversations,
        _services.GetRequiredService<ServiceUrlAllowList>(),
        TimeProvider.System,
        NullLogger<ConnectorProactiveSender>.Instance);

    public DeliveryEngine Engine(DeliveryOptions options, IProactiveSender? sender = null) => new(
        Outbox, sender ?? Sender(), Reachability, Options.Create(options), TimeProvider.System, NullLogger<DeliveryEngine>.Instance);

    public Task<int> EnqueueCycleAsync(string cycleId, int people, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var messages = Enumerable.Range(0, people)
            .Select(person => OutboxMessage.Create(cycleId, UserId(person), Tenant, "checkin", """{"type":"AdaptiveCard","version":"1.5","body":[]}""", now))
            .ToList();
        return Outbox.EnqueueAsync(messages, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sqlite.DisposeAsync();
    }
}
