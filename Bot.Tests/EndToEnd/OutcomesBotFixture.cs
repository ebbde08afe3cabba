using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot host on Kestrel (a free loopback port, a temp data folder, no app id so no tokens) and an
/// Agents Playground pointed at it, shared by the end-to-end tests of one class.
/// </summary>
public sealed class OutcomesBotFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _dataDirectory = new("outcomesbot-e2e-data");
    private readonly Lock _gate = new();
    private BotHost? _host;
    private PlaygroundSession? _session;
    private Task<PlaygroundMessage>? _personalWelcome;

    public PlaygroundClient Playground => _session?.Client ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Set when the host has no adapter yet for a port the turn pipeline needs; the tests then skip.</summary>
    public string? MissingAdapters { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _host = new BotHost(_dataDirectory.Path);
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        try
        {
            _host.StartServer();
        }
        catch (Exception exception) when (MissingAdaptersNamedIn(exception.ToString()) is { } missing)
        {
            // In Development the host validates its services on build and refuses to start without them.
            MissingAdapters = missing;
            return;
        }

        MissingAdapters = FindMissingAdapters(_host.Services);
        if (MissingAdapters is not null)
        {
            return;
        }

        var address = _host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _session = await PlaygroundSession.StartAsync(new Uri(new Uri(address), "/api/messages"), TestContext.Current.CancellationToken);
    }

    public void SkipUnlessPipelineIsComplete() =>
        Assert.SkipWhen(MissingAdapters is not null, $"The bot host registers no {MissingAdapters} yet, so it cannot answer the Playground.");

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

    private static string? FindMissingAdapters(IServiceProvider services)
    {
        var missing = new List<string>();
        if (services.GetService<IConnectorClient>() is null)
        {
            missing.Add(nameof(IConnectorClient));
        }

        if (services.GetService<IRequestAuthenticator>() is null)
        {
            missing.Add(nameof(IRequestAuthenticator));
        }

        return missing.Count == 0 ? null : string.Join(" and ", missing);
    }

    private static string? MissingAdaptersNamedIn(string error)
    {
        string[] ports = [nameof(IConnectorClient), nameof(IRequestAuthenticator)];
        var missing = ports.Where(port => error.Contains($"Unable to resolve service for type 'OutcomesBot.Bot.Protocol.", StringComparison.Ordinal)
            && error.Contains($".{port}'", StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : string.Join(" and ", missing);
    }

    private sealed class BotHost(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
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
            }));
        }
    }
}
