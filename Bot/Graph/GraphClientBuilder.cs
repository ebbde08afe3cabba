using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutcomesBot.Bot.Graph;

// Builds the real GraphServiceClient with the SDK's middleware, its retry handler bounded by GraphOptions, and a
// token for the Graph host the base URL names (so a sovereign cloud or a test server gets the matching scope).
internal static class GraphClientBuilder
{
    public static GraphServiceClient Build(TokenCredential credential, GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.OfType<RetryHandler>().FirstOrDefault();
        var bounded = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = (int)options.RetryDelay.TotalSeconds,
        });
        if (retry is null)
        {
            handlers.Insert(0, bounded);
        }
        else
        {
            handlers[handlers.IndexOf(retry)] = bounded;
        }

        var httpClient = GraphClientFactory.Create(handlers);
        httpClient.Timeout = options.Timeout;
        var baseUrl = options.BaseUrl.AbsoluteUri.TrimEnd('/');
        var scope = $"{options.BaseUrl.Scheme}://{options.BaseUrl.Authority}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(credential, [options.BaseUrl.Host], null, true, scope);
        return new GraphServiceClient(httpClient, authentication, baseUrl);
    }
}
