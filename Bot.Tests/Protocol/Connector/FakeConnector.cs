using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, ephemeral port) standing in for the Bot Connector service.
/// The first path segment picks the <see cref="ConnectorScenario"/>; the rest is recorded exactly as sent.
/// </summary>
public sealed class FakeConnector : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, ConnectorScenario> _scenarios = new();
    private WebApplication? _app;
    private string _baseAddress = "";

    /// <summary>http://127.0.0.1:{port}/, the prefix of every scenario's serviceUrl (for BotAuthentication:AllowedServiceUrls).</summary>
    public string BaseAddress => _baseAddress + "/";

    public ConnectorScenario NewScenario(TimeProvider? clock = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var scenario = new ConnectorScenario($"{_baseAddress}/{id}/", clock ?? TimeProvider.System);
        _scenarios[id] = scenario;
        return scenario;
    }

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(RouteAsync);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _baseAddress = _app.Urls.Single().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task RouteAsync(HttpContext context)
    {
        // RawTarget keeps the escaping the client used; Request.Path would already be decoded.
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var slash = raw.IndexOf('/', 1);
        var id = slash < 0 ? raw[1..] : raw[1..slash];
        if (!_scenarios.TryGetValue(id, out var scenario))
        {
            context.Response.StatusCode = StatusCodes.Status418ImATeapot;
            return;
        }

        await scenario.HandleAsync(context, slash < 0 ? "/" : raw[slash..]);
    }
}
