using System.Net;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.Hosting;

/// <summary>
/// Without a MicrosoftAppId the bot cannot check tokens, so it runs like that only where that is safe: in the
/// Development environment or with <c>BotAuthentication:AllowUnauthenticatedLocalMode=true</c>, and listening on
/// loopback only. Anywhere else it refuses to start (docs/decisions/017).
/// </summary>
public static class LocalModeGuard
{
    public const string AllowSetting = BotAuthenticationOptions.Section + ":" + nameof(BotAuthenticationOptions.AllowUnauthenticatedLocalMode);

    /// <summary>Local mode: no MicrosoftAppId, so requests cannot be authenticated and replies carry no token.</summary>
    public static bool IsLocalMode(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace((configuration ?? throw new ArgumentNullException(nameof(configuration)))["MicrosoftAppId"]);

    /// <summary>Why the host must not start, naming the settings to set; null when it may.</summary>
    public static string? Refusal(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!IsLocalMode(configuration))
        {
            return null;
        }

        if (!environment.IsDevelopment() && !configuration.GetValue<bool>(AllowSetting))
        {
            return $"OutcomesBot will not start: MicrosoftAppId is not set, so requests could not be authenticated, and the "
                + $"environment is '{environment.EnvironmentName}', not Development. Set MicrosoftAppId, MicrosoftAppPassword, "
                + $"MicrosoftAppTenantId and MicrosoftAppType (see README, 'Run it in Teams'), or, for a local test only, "
                + $"set {AllowSetting}=true (environment variable BotAuthentication__AllowUnauthenticatedLocalMode=true).";
        }

        var exposed = ListenAddresses(configuration).Where(address => !IsLoopbackAddress(address)).ToList();
        return exposed.Count == 0 ? null
            : $"OutcomesBot will not start: without MicrosoftAppId it runs unauthenticated and may listen on loopback only, "
                + $"but it is configured to listen on {string.Join(", ", exposed)}. Use http://localhost:<port> or "
                + $"http://127.0.0.1:<port> (Urls / ASPNETCORE_URLS), or set MicrosoftAppId.";
    }

    /// <summary>
    /// In local mode, answers 403 to any request that did not come from this machine, and 400 to one that names another
    /// host (defence in depth): a web page whose name an attacker points at 127.0.0.1 (DNS rebinding) reaches the bot from
    /// this machine, but with its own name in Host.
    /// </summary>
    public static IApplicationBuilder UseLoopbackOnlyInLocalMode(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsLocalMode(configuration))
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            // TestServer (in-process) has no remote address; Kestrel always sets one.
            if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            if (!ServiceUrlPattern.IsLoopbackHost(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });
    }

    private static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }

        // ASPNETCORE_HTTP_PORTS / HTTPS_PORTS bind every interface.
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                yield return $"port(s) {configuration[key]} on every interface ({key})";
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    private static bool IsLoopbackAddress(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return false;
        }

        // Kestrel accepts hosts Uri does not ("*", "+"); read the host by hand: up to the port, path or end.
        var rest = address[(schemeEnd + 3)..];
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
        return ServiceUrlPattern.IsLoopbackHost(host);
    }
}
