using Microsoft.Identity.Client;

namespace OutcomesBot.Bot.Protocol.Connector;

// Hands MSAL a pooled HttpClient, so token traffic shares IHttpClientFactory's handler rotation.
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "OutcomesBot.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
