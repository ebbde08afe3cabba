using Microsoft.IdentityModel.Protocols;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Fetches OpenID metadata and key sets with a client from <see cref="IHttpClientFactory"/> per fetch, so the
/// long-lived configuration managers do not pin one handler (and its DNS answers) forever.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory, bool requireHttps) : IDocumentRetriever
{
    public const string HttpClientName = "BotAuthentication.Metadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = requireHttps };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
