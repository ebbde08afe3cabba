using System.Net;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// One entry of <c>BotAuthentication:AllowedServiceUrls</c>: a URL prefix such as <c>https://smba.trafficmanager.net/</c>,
/// whose host may start with <c>*.</c> (any sub-domain, never the bare domain). Scheme, host and port must match exactly
/// and the URL's path must start with the entry's path; nothing else of a URL (user info, query) is ever allowed.
/// </summary>
public sealed record ServiceUrlPattern(string Scheme, string Host, bool AnySubdomain, int Port, string PathPrefix)
{
    private const string Wildcard = "*.";

    /// <summary>Reads an entry; null with a reason when it is not an absolute http(s) prefix, or is http outside loopback.</summary>
    public static ServiceUrlPattern? Parse(string? entry, out string problem)
    {
        problem = string.Empty;
        var text = entry?.Trim() ?? string.Empty;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var anySubdomain = schemeEnd > 0 && text.AsSpan(schemeEnd + 3).StartsWith(Wildcard, StringComparison.Ordinal);
        var parsable = anySubdomain ? text.Remove(schemeEnd + 3, 1).Insert(schemeEnd + 3, "wildcard") : text;
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.Host.Contains('*', StringComparison.Ordinal))
        {
            problem = $"'{entry}' is not an absolute http(s) URL prefix (a host may start with *.)";
            return null;
        }

        var host = anySubdomain ? uri.Host["wildcard".Length..] : uri.Host;
        if (uri.Scheme == Uri.UriSchemeHttp && (anySubdomain || !IsLoopbackHost(uri.Host)))
        {
            problem = $"'{entry}' uses http; only loopback addresses may (use https)";
            return null;
        }

        return new ServiceUrlPattern(uri.Scheme, host, anySubdomain, uri.Port, uri.AbsolutePath);
    }

    /// <summary>True for localhost, 127.0.0.0/8 and ::1: addresses that never leave the machine.</summary>
    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public bool Matches(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return string.Equals(url.Scheme, Scheme, StringComparison.Ordinal)
            && url.Port == Port
            && HostMatches(url.IdnHost)
            && PathMatches(url.AbsolutePath);
    }

    // "/amer/" is a prefix of "/amer/v3/..."; "/amer" (no slash) covers "/amer" and "/amer/..." but not "/americas".
    private bool PathMatches(string path) => PathPrefix.EndsWith('/')
        ? path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase)
        : string.Equals(path, PathPrefix, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(PathPrefix + "/", StringComparison.OrdinalIgnoreCase);

    private bool HostMatches(string host) => AnySubdomain
        ? host.Length > Host.Length && host.EndsWith(Host, StringComparison.OrdinalIgnoreCase) && Host.StartsWith('.')
        : string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
}
