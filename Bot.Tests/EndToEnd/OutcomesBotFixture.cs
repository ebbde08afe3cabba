using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot host on Kestrel (a free loopback port, a temp data folder, no app id so no tokens) and an
/// Agents Playground pointed at it, shared by the end-to-end tests of one class.
/// </summary>
public sealed class OutcomesBotFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _dataDirectory = new("outcomesbot-e2e-data");
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly ConcurrentDictionary<string, string> _delivered = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private BotHost? _host;
    private PlaygroundSession? _session;
    private Task<PlaygroundMessage>? _personalWelcome;

    public OutcomesBotFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    private OutcomesBotFixture(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public PlaygroundClient Playground => _session?.Client ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The bot host's services, to look at what it stored.</summary>
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>
    /// The card of each message the connector accepted, by idempotency key. A finished outbox message keeps no copy of its
    /// card (decision 047), and the Playground pushes only the chats its current user is in, so this is where a test reads
    /// what another person was sent.
    /// </summary>
    public string? DeliveredCard(string idempotencyKey) => _delivered.GetValueOrDefault(idempotencyKey);

    /// <summary>A fixture whose host also reads <paramref name="settings"/> (they win over the defaults below).</summary>
    public static OutcomesBotFixture WithSettings(IReadOnlyDictionary<string, string?> settings) => new(settings);

    public async ValueTask InitializeAsync()
    {
        _host = new BotHost(_dataDirectory.Path, _settings, _delivered);
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        var address = _host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _session = await PlaygroundSession.StartAsync(new Uri(new Uri(address), "/api/messages"), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Installs the app in the personal chat once and returns the welcome card: the bot welcomes a
    /// conversation only once, so every test that needs that card shares it.
    /// </summary>
    public Task<PlaygroundMessage> PersonalWelcomeAsync()
    {
        lock (_gate)
        {
            return _personalWelcome ??= InstallAndWaitForWelcomeAsync(Playground.Config.PersonalChatId);
        }
    }

    public async Task<PlaygroundMessage> InstallAndWaitForWelcomeAsync(string conversationId)
    {
        var cursor = await Playground.InstallAsync(conversationId, CancellationToken.None);
        return await Playground.WaitForBotMessageAsync(conversationId, cursor, IsWelcome, CancellationToken.None);
    }

    public static bool IsWelcome(PlaygroundMessage message) =>
        message?.Texts().Any(text => text.Contains("Welcome to OutcomesBot", StringComparison.Ordinal)) == true;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_session is not null)
            {
                await _session.DisposeAsync();
            }
        }
        finally
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }

            _dataDirectory.Dispose();
        }
    }

    private sealed class BotHost(string dataDirectory, IReadOnlyDictionary<string, string?> settings, ConcurrentDictionary<string, string> delivered)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureTestServices(services =>
            {
                var real = services.Last(descriptor => descriptor.ServiceType == typeof(IProactiveSender));
                services.Remove(real);
                services.AddSingleton<IProactiveSender>(provider => new RecordingSender(
                    (IProactiveSender)(real.ImplementationInstance ?? real.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, real.ImplementationType!)),
                    delivered));
            });
            // Added last, so these win over appsettings and any user secrets a developer has set.
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:DataDirectory"] = dataDirectory,
                ["MicrosoftAppId"] = string.Empty,
                ["MicrosoftAppPassword"] = string.Empty,
                ["Logging:LogLevel:Default"] = "Warning",
                // Kestrel listens where the fixture says and would warn that this overrides appsettings' Urls.
                ["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error",
            }.Concat(settings).GroupBy(p => p.Key).Select(g => g.Last())));
        }
    }

    /// <summary>The real sender, noting the card of every message it got through.</summary>
    private sealed class RecordingSender(IProactiveSender real, ConcurrentDictionary<string, string> delivered) : IProactiveSender
    {
        public async Task<SendResult> SendAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken) =>
            Noted(message, await real.SendAsync(message, waitForSlot, cancellationToken));

        public async Task<SendResult> RecreateConversationAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken) =>
            Noted(message, await real.RecreateConversationAsync(message, waitForSlot, cancellationToken));

        private SendResult Noted(OutboxMessage message, SendResult result)
        {
            if (result.Kind == SendResultKind.Sent)
            {
                delivered[message.IdempotencyKey] = message.CardJson;
            }

            return result;
        }
    }
}
