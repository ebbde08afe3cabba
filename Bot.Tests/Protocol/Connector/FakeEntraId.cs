using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Identity.Client;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// Serves MSAL's traffic in memory (MSAL only talks https, so a loopback server would not do): the v2.0 token
/// endpoint and the managed identity (IMDS) endpoint hand out numbered tokens; anything else MSAL asks for is recorded and answered 404.
/// </summary>
public sealed class FakeEntraId : HttpMessageHandler, IMsalHttpClientFactory
{
    private readonly ConcurrentQueue<(Uri Uri, string Body)> _requests = new();
    private readonly HttpClient _client;
    private int _issued;

    public FakeEntraId() => _client = new HttpClient(this, disposeHandler: false);

    public IReadOnlyList<(Uri Uri, string Body)> Requests => [.. _requests];

    public IReadOnlyList<(Uri Uri, string Body)> TokenRequests =>
        [.. _requests.Where(r => r.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))];

    /// <summary>Answer token requests with invalid_client, as Entra ID does for a wrong secret.</summary>
    public bool RejectClient { get; set; }

    public HttpClient GetHttpClient() => _client;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        _requests.Enqueue((uri, body));
        if (uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return RejectClient
                ? Json(request, HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""")
                : Json(request, HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{NextToken()}}"}""");
        }

        if (uri.AbsolutePath.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal))
        {
            var expiresOn = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
            return Json(request, HttpStatusCode.OK, $$"""{"access_token":"{{NextToken()}}","expires_on":"{{expiresOn}}","expires_in":"3599","resource":"https://api.botframework.com","token_type":"Bearer"}""");
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
    }

    private string NextToken() => $"fake-connector-token-{Interlocked.Increment(ref _issued)}";

    private static HttpResponseMessage Json(HttpRequestMessage request, HttpStatusCode status, string json) => new(status)
    {
        RequestMessage = request,
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client.Dispose();
        }

        base.Dispose(disposing);
    }
}
