namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Where the bot may send its Bot Connector token: <c>BotAuthentication:AllowedServiceUrls</c> (configured entries
/// replace the default, Microsoft's public Teams service hosts), plus any loopback address in local mode (no
/// MicrosoftAppId), where the Agents Playground plays the connector. Checked on every inbound activity and before
/// every connector call; docs/decisions/017 gives the sources.
/// </summary>
public sealed class ServiceUrlAllowList
{
    /// <summary>Microsoft's public Teams service hosts (Agents SDK TeamsServiceEndpoints.publicGlobal; Teams serviceUrls).</summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "https://smba.trafficmanager.net/",
        "https://*.botframework.com/",
        "https://*.teams.microsoft.com/",
    ];

    private readonly IReadOnlyList<ServiceUrlPattern> _patterns;
    private readonly bool _anyLoopback;

    public ServiceUrlAllowList(IOptions<BotAuthenticationOptions> options, IOptions<BotCredentialsOptions> credentials)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        IEnumerable<string> entries = options.Value.AllowedServiceUrls.Count > 0 ? options.Value.AllowedServiceUrls : Default;
        _patterns = [.. entries.Select(e => ServiceUrlPattern.Parse(e, out _)).OfType<ServiceUrlPattern>()];
        _anyLoopback = !credentials.Value.HasAppId;
    }

    /// <summary>True when <paramref name="serviceUrl"/> is an absolute URL inside the list; never for user info or a query.</summary>
    public bool Allows(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && Allows(url);

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme is not ("https" or "http") || url.UserInfo.Length > 0)
        {
            return false;
        }

        return (_anyLoopback && ServiceUrlPattern.IsLoopbackHost(url.Host)) || _patterns.Any(p => p.Matches(url));
    }
}
