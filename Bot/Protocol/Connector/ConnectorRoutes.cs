using System.Globalization;
using System.Text;

namespace OutcomesBot.Bot.Protocol.Connector;

// The connector's v3 URLs. Every path segment is escaped: Teams conversation ids carry ':', ';' and '@'
// (19:abc@thread.tacv2;messageid=123), and an unescaped ';' or '/' would change the route.
internal static class ConnectorRoutes
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Member(string serviceUrl, string conversationId, string userId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}");

    public static Uri PagedMembers(string serviceUrl, string conversationId, int? pageSize, string? continuationToken)
    {
        var path = new StringBuilder($"v3/conversations/{Escape(conversationId)}/pagedmembers");
        var separator = '?';
        if (pageSize is { } size)
        {
            path.Append(CultureInfo.InvariantCulture, $"{separator}pageSize={size}");
            separator = '&';
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            path.Append(CultureInfo.InvariantCulture, $"{separator}continuationToken={Escape(continuationToken)}");
        }

        return Build(serviceUrl, path.ToString());
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        // serviceUrl often carries a path (https://smba.trafficmanager.net/amer/) that must be kept,
        // with or without its trailing slash.
        return new Uri(serviceUrl.TrimEnd('/') + "/" + relative, UriKind.Absolute);
    }
}
