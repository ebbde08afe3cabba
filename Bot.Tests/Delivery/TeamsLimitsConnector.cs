using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// A Bot Connector on 127.0.0.1 (Kestrel) that enforces Teams' limits the way Teams does: more than
/// <see cref="TenantLimit"/> requests in any second, or more than 7 sends to one conversation, are answered 429 with
/// Retry-After. Chosen conversations answer 429 or 502 once, or 403 MessageWritesBlocked, or ConversationNotFound
/// until the 1:1 chat is created again. It counts deliveries per conversation and times every request it sees.
/// </summary>
public sealed class TeamsLimitsConnector : IAsyncDisposable
{
    private const string MessageWritesBlocked =
        """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"\r\n}"}""";

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Queue<long> _tenantWindow = new();
    private readonly Dictionary<string, Queue<long>> _conversationWindows = new(StringComparer.Ordinal);
    private readonly List<long> _arrivals = [];
    private readonly ConcurrentDictionary<string, int> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _injected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _created = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _activityIds;
    private int _totalDelivered;
    private (int Count, TaskCompletionSource Reached)? _waiter;

    private TeamsLimitsConnector(int tenantLimit) => TenantLimit = tenantLimit;

    public int TenantLimit { get; }

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Requests answered 429 because a limit was exceeded (not the injected ones).</summary>
    public int LimitViolations { get; private set; }

    public int InjectedFaultsAnswered { get; private set; }

    public IReadOnlyDictionary<string, int> DeliveredPerConversation => _delivered;

    public IReadOnlyDictionary<string, int> CreatedPerUser => _created;

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
    public int MaxRequestsInAnySecond()
    {
        long[] arrivals;
        lock (_gate)
        {
            arrivals = [.. _arrivals];
        }

        Array.Sort(arrivals);
        var window = (long)(Window.TotalSeconds * Stopwatch.Frequency);
        var max = 0;
        for (int first = 0, last = 0; last < arrivals.Length; last++)
        {
            while (arrivals[last] - arrivals[first] >= window)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }

    public int TotalDelivered => Volatile.Read(ref _totalDelivered);

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

    public int RequestCount
    {
        get
        {
            lock (_gate)
            {
                return _arrivals.Count;
            }
        }
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
        if (!Admit(conversationId ?? "create"))
        {
            await AnswerAsync(context, 429, """{"error":{"code":"Throttled","message":"limit"}}""", retryAfter: 1);
            return;
        }

        if (conversationId is null)
        {
            await CreateAsync(context);
            return;
        }

        if (_injected.TryGetValue(conversationId, out var fault) && await AnswerFaultAsync(context, conversationId, fault))
        {
            return;
        }

        _delivered.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
        var delivered = Interlocked.Increment(ref _totalDelivered);
        if (_waiter is { } waiter && delivered >= waiter.Count)
        {
            waiter.Reached.TrySetResult();
        }

        await AnswerAsync(context, 201, $$"""{"id":"{{Interlocked.Increment(ref _activityIds)}}"}""");
    }

    private bool Admit(string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        var window = (long)(Window.TotalSeconds * Stopwatch.Frequency);
        lock (_gate)
        {
            _arrivals.Add(now);
            Trim(_tenantWindow, now, window);
            if (!_conversationWindows.TryGetValue(conversationId, out var conversation))
            {
                conversation = new Queue<long>();
                _conversationWindows[conversationId] = conversation;
            }

            Trim(conversation, now, window);
            _tenantWindow.Enqueue(now);
            conversation.Enqueue(now);
            if (_tenantWindow.Count > TenantLimit || (conversationId != "create" && conversation.Count > 7))
            {
                LimitViolations++;
                return false;
            }

            return true;
        }
    }

    private static void Trim(Queue<long> log, long now, long window)
    {
        while (log.Count > 0 && now - log.Peek() >= window)
        {
            log.Dequeue();
        }
    }

    private async Task<bool> AnswerFaultAsync(HttpContext context, string conversationId, string fault)
    {
        switch (fault)
        {
            case "403":
                Count();
                await AnswerAsync(context, 403, MessageWritesBlocked);
                return true;
            case "404":
                Count();
                await AnswerAsync(context, 404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");
                return true;
            case "502" when _injected.TryRemove(conversationId, out _):
                Count();
                await AnswerAsync(context, 502, """{"error":{"code":"BadGateway","message":"try later"}}""");
                return true;
            case ['4', '2', '9', ':', .. var seconds] when _injected.TryRemove(conversationId, out _):
                Count();
                await AnswerAsync(context, 429, """{"error":{"code":"Throttled","message":"slow"}}""", int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            default:
                return false;
        }
    }

    private void Count()
    {
        lock (_gate)
        {
            InjectedFaultsAnswered++;
        }
    }

    private async Task CreateAsync(HttpContext context)
    {
        using var body = await System.Text.Json.JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var user = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString()!;
        _created.AddOrUpdate(user, 1, (_, count) => count + 1);
        await AnswerAsync(context, 201, $$"""{"id":"{{DeliveryHarness.ConversationFor(user)}}-new"}""");
    }

    private static async Task AnswerAsync(HttpContext context, int status, string json, int? retryAfter = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
