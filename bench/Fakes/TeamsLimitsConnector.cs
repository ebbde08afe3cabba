using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Fakes;

/// <summary>
/// A Bot Connector on 127.0.0.1 (Kestrel) that enforces Teams' limits the way Teams does: more than
/// <see cref="TenantLimit"/> requests in any second, or more than 7 sends to one conversation, are answered 429 with
/// Retry-After. Chosen conversations answer 429 or 502 once, or 403 MessageWritesBlocked, or ConversationNotFound
/// until the 1:1 chat is created again. It counts deliveries per conversation and times every request it sees.
/// A delivery is counted when the request is accepted, before <see cref="Latency"/> and the answer: a sender that
/// dies in between has delivered a message it never heard about, as with Teams.
/// </summary>
public sealed class TeamsLimitsConnector : IAsyncDisposable
{
    private const string MessageWritesBlocked =
        """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"\r\n}"}""";

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly SlidingWindows _windows;
    private readonly ConcurrentDictionary<string, int> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _clientIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _injected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _created = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _activityIds;
    private int _totalDelivered;
    private int _duplicatesAbsorbed;
    private int _injectedAnswered;
    private (int Count, TaskCompletionSource Reached)? _waiter;

    private TeamsLimitsConnector(int tenantLimit)
    {
        TenantLimit = tenantLimit;
        _windows = new SlidingWindows(tenantLimit, conversationLimit: 7, Window);
    }

    public int TenantLimit { get; }

    public string ServiceUrl { get; private set; } = "";

    /// <summary>How long each request is held after it is accepted and before it is answered.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// When on, an activity whose client-set <c>id</c> this conversation already received is not delivered again
    /// (answered 201 with the first activity id). Teams makes no such promise; decision 015 says why the crash test uses it.
    /// </summary>
    public bool HonourClientActivityIds { get; set; }

    /// <summary>Requests answered 429 because a limit was exceeded (not the injected ones).</summary>
    public int LimitViolations => _windows.Violations;

    public int InjectedFaultsAnswered => Volatile.Read(ref _injectedAnswered);

    /// <summary>Resends of an already delivered client activity id that <see cref="HonourClientActivityIds"/> kept from the person.</summary>
    public int DuplicatesAbsorbed => Volatile.Read(ref _duplicatesAbsorbed);

    public IReadOnlyDictionary<string, int> DeliveredPerConversation => _delivered;

    public IReadOnlyDictionary<string, int> CreatedPerUser => _created;

    public int TotalDelivered => Volatile.Read(ref _totalDelivered);

    public int RequestCount => _windows.Arrivals.Count;

    /// <summary>The 1:1 conversation id this fake uses for a user id such as <c>29:user-7</c>.</summary>
    public static string ConversationFor(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return $"a:conv-{userId[3..]}";
    }

    public static async Task<TeamsLimitsConnector> StartAsync(int tenantLimit, CancellationToken cancellationToken)
    {
        var connector = new TeamsLimitsConnector(tenantLimit);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        connector._app = builder.Build();
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync(cancellationToken);
        connector.ServiceUrl = connector._app.Urls.Single().TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The conversation answers 429 with this Retry-After (seconds) once.</summary>
    public void ThrottleOnce(string conversationId, int retryAfterSeconds) => _injected[conversationId] = $"429:{retryAfterSeconds}";

    public void BadGatewayOnce(string conversationId) => _injected[conversationId] = "502";

    public void Block(string conversationId) => _injected[conversationId] = "403";

    /// <summary>The conversation is gone; POST /v3/conversations for its user creates <c>{conversationId}-new</c>.</summary>
    public void Lose(string conversationId) => _injected[conversationId] = "404";

    /// <summary>The most requests that arrived within any one second.</summary>
    public int MaxRequestsInAnySecond() => _windows.Arrivals.MaxWithin(Window);

    /// <summary>Completes once <paramref name="count"/> messages have been delivered (one waiter at a time).</summary>
    public Task DeliveredAtLeastAsync(int count, CancellationToken cancellationToken)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiter = (count, reached);
        if (TotalDelivered >= count)
        {
            reached.TrySetResult();
        }

        return reached.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var conversationId = parts.Length >= 4 && parts[3] == "activities" ? parts[2] : null;
        if (!_windows.Admit(conversationId, Stopwatch.GetTimestamp()))
        {
            await AnswerAsync(context, 429, """{"error":{"code":"Throttled","message":"limit"}}""", retryAfter: 1);
        }
        else if (conversationId is null)
        {
            await CreateAsync(context);
        }
        else if (!_injected.TryGetValue(conversationId, out var fault) || !await AnswerFaultAsync(context, conversationId, fault))
        {
            await DeliverAsync(context, conversationId);
        }
    }

    private async Task DeliverAsync(HttpContext context, string conversationId)
    {
        var clientId = HonourClientActivityIds ? await ClientActivityIdAsync(context) : null;
        var activityId = Interlocked.Increment(ref _activityIds).ToString(CultureInfo.InvariantCulture);
        if (clientId is not null && !_clientIds.TryAdd($"{conversationId}|{clientId}", activityId))
        {
            Interlocked.Increment(ref _duplicatesAbsorbed);
            await AnswerAsync(context, 201, $$"""{"id":"{{_clientIds[$"{conversationId}|{clientId}"]}}"}""");
            return;
        }

        _delivered.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
        var delivered = Interlocked.Increment(ref _totalDelivered);
        if (_waiter is { } waiter && delivered >= waiter.Count)
        {
            waiter.Reached.TrySetResult();
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        await AnswerAsync(context, 201, $$"""{"id":"{{activityId}}"}""");
    }

    private static async Task<string?> ClientActivityIdAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        return body.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    private async Task<bool> AnswerFaultAsync(HttpContext context, string conversationId, string fault)
    {
        var answer = fault switch
        {
            "403" => (Status: 403, Json: MessageWritesBlocked, RetryAfter: (int?)null),
            "404" => (404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""", null),
            "502" when _injected.TryRemove(conversationId, out _) => (502, """{"error":{"code":"BadGateway","message":"try later"}}""", null),
            ['4', '2', '9', ':', .. var seconds] when _injected.TryRemove(conversationId, out _) =>
                (429, """{"error":{"code":"Throttled","message":"slow"}}""", int.Parse(seconds, CultureInfo.InvariantCulture)),
            _ => (0, "", null),
        };
        if (answer.Status == 0)
        {
            return false;
        }

        Interlocked.Increment(ref _injectedAnswered);
        await AnswerAsync(context, answer.Status, answer.Json, answer.RetryAfter);
        return true;
    }

    private async Task CreateAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var user = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString()!;
        _created.AddOrUpdate(user, 1, (_, count) => count + 1);
        await AnswerAsync(context, 201, $$"""{"id":"{{ConversationFor(user)}}-new"}""");
    }

    private static async Task AnswerAsync(HttpContext context, int status, string json, int? retryAfter = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
