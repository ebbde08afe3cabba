using System.Net;
using System.Net.Http.Headers;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;
using Polly;
using Polly.Timeout;

namespace OutcomesBot.Bot.Protocol.Connector;

// The Bot Connector REST client. A singleton that takes a fresh HttpClient from IHttpClientFactory per attempt,
// so it is safe to hold from singletons (the proactive sender) without pinning a handler. Every attempt builds
// a new request and asks for the token again (MSAL answers from its cache). SendOnceAsync is the one place the bot's
// token is attached to a request: the serviceUrl allow-list is checked there, so no token leaves for another host.
internal sealed class ConnectorClient : IConnectorClient
{
    public const string HttpClientName = "OutcomesBot.Connector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ServiceUrlAllowList _allowedServiceUrls;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IConnectorTokenProvider tokenProvider,
        ServiceUrlAllowList allowedServiceUrls,
        IOptions<BotConnectorOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _tokenProvider = tokenProvider;
        _logger = logger;
        _timeProvider = timeProvider;
        _allowedServiceUrls = allowedServiceUrls;
        _pipeline = ConnectorRetryPipeline.Create(options.Value, timeProvider, logger);
    }

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendActivityAsync("SendToConversation", HttpMethod.Post, ConnectorRoutes.Activities(serviceUrl, conversationId), activity, null, cancellationToken);
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorRoutes.Activity(serviceUrl, conversationId, replyToId);
        return await SendActivityAsync("ReplyToActivity", HttpMethod.Post, uri, activity.ReplyToId is null ? activity with { ReplyToId = replyToId } : activity, null, cancellationToken);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorRoutes.Activity(serviceUrl, conversationId, activityId);
        return await SendActivityAsync("UpdateActivity", HttpMethod.Put, uri, activity.Id is null ? activity with { Id = activityId } : activity, activityId, cancellationToken);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var uri = ConnectorRoutes.Activity(serviceUrl, conversationId, activityId);
        using var response = await SendAsync<object>("DeleteActivity", HttpMethod.Delete, uri, body: null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = ConnectorRoutes.Conversations(serviceUrl);
        using var response = await SendAsync("CreateConversation", HttpMethod.Post, uri, parameters, cancellationToken);
        var created = await ReadAsync<ConversationResourceResponse>(response, cancellationToken);
        return created is { Id.Length: > 0 } ? created : throw Unreadable("CreateConversation", response);
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var uri = ConnectorRoutes.PagedMembers(serviceUrl, conversationId, pageSize, continuationToken);
        using var response = await SendAsync<object>("GetPagedMembers", HttpMethod.Get, uri, body: null, cancellationToken);
        var page = await ReadAsync<PagedMembersResult>(response, cancellationToken);
        return page is null ? new PagedMembersResult([], null) : page with { Members = page.Members ?? [] };
    }

    public async Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var uri = ConnectorRoutes.Member(serviceUrl, conversationId, userId);
        using var response = await SendAsync<object>("GetMember", HttpMethod.Get, uri, body: null, cancellationToken);
        return await ReadAsync<ChannelAccount>(response, cancellationToken) ?? throw Unreadable("GetMember", response);
    }

    // The connector may answer an activity call with an empty body; the resource id is then the one we already know, if any.
    private async Task<ResourceResponse> SendActivityAsync(string operation, HttpMethod method, Uri uri, Activity activity, string? knownId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(operation, method, uri, activity, cancellationToken);
        return await ReadAsync<ResourceResponse>(response, cancellationToken) ?? new ResourceResponse(knownId);
    }

    private async Task<HttpResponseMessage> SendAsync<TBody>(string operation, HttpMethod method, Uri uri, TBody? body, CancellationToken cancellationToken)
    {
        if (!_allowedServiceUrls.Allows(uri))
        {
            ConnectorLog.ServiceUrlRefused(_logger, operation, LoggedValue.Cut(uri.Host) ?? string.Empty);
            throw new ConnectorException((HttpStatusCode)0, ConnectorException.ServiceUrlNotAllowed, $"Connector {operation} not sent: the serviceUrl is not an allowed Teams service URL.");
        }

        var span = ConnectorTelemetry.Start(operation);
        try
        {
            var response = await SendWithRetriesAsync(operation, method, uri, body, cancellationToken);
            ConnectorTelemetry.Stop(span, response.StatusCode, exception: null);
            return response;
        }
        catch (Exception exception)
        {
            ConnectorTelemetry.Stop(span, (exception as ConnectorException)?.StatusCode, exception);
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync<TBody>(string operation, HttpMethod method, Uri uri, TBody? body, CancellationToken cancellationToken)
    {
        // Serialized once; each attempt wraps the same bytes in new content, as a request cannot be sent twice.
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options);
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static (attempt, state) => state.Client.SendOnceAsync(attempt.OperationKey, state.Method, state.Uri, state.Payload, attempt.CancellationToken),
                context,
                (Client: this, Method: method, Uri: uri, Payload: payload));
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            ConnectorLog.Unreachable(_logger, operation, exception.GetType().Name);
            throw new ConnectorException($"The connector did not answer {operation}.", exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ToExceptionAsync(operation, response, cancellationToken);
        }
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(string? operation, HttpMethod method, Uri uri, byte[]? payload, CancellationToken cancellationToken)
    {
        // Checked again where the token goes on, so that no future caller can skip it.
        if (!_allowedServiceUrls.Allows(uri))
        {
            throw new ConnectorException((HttpStatusCode)0, ConnectorException.ServiceUrlNotAllowed, $"Connector {operation} not sent: the serviceUrl is not an allowed Teams service URL.");
        }

        using var request = new HttpRequestMessage(method, uri);
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (await _tokenProvider.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = _httpClientFactory.CreateClient(HttpClientName);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        ConnectorTelemetry.Answered(operation ?? "call", response.StatusCode);
        try
        {
            // Inside the attempt, so the per-attempt timeout also bounds a body that trickles in.
            await ConnectorResponseBody.BufferAsync(operation ?? "call", response, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<ConnectorException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var error = ConnectorError.Parse(body);
        var status = (int)response.StatusCode;
        ConnectorLog.CallFailed(_logger, operation, status, error.Code, error.SubCode);
        var message = $"Connector {operation} failed with {status} {error.Code ?? response.ReasonPhrase}"
            + (error.Message is null ? "." : $": {error.Message}");
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date - _timeProvider.GetUtcNow())
            : null;
        return new ConnectorException(response.StatusCode, error.Code, error.SubCode, message)
        {
            RetryAfter = retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter,
        };
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            throw new ConnectorException($"The connector answered {(int)response.StatusCode} with a body that is not the expected JSON.", exception);
        }
    }

    private static ConnectorException Unreadable(string operation, HttpResponseMessage response) =>
        new(response.StatusCode, errorCode: null, $"Connector {operation} answered {(int)response.StatusCode} without the expected content.");
}
