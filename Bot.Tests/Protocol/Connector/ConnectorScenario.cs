using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// One test's slice of the fake connector: its own serviceUrl prefix, its own script of answers and its own
/// record of requests, so tests sharing the server never see each other's traffic.
/// </summary>
public sealed class ConnectorScenario(string serviceUrl, TimeProvider clock)
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>The serviceUrl to hand the client; ends with '/' like most Teams serviceUrls.</summary>
    public string ServiceUrl => serviceUrl;

    /// <summary>Answer given once the script is used up.</summary>
    public ScriptedAnswer Otherwise { get; set; } = new(200, """{"id":"1700000000000"}""");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public ConnectorScenario Then(ScriptedAnswer answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public ConnectorScenario Then(int status, string? body = null, IReadOnlyDictionary<string, string>? headers = null) =>
        Then(new ScriptedAnswer(status, body, headers));

    internal async Task HandleAsync(HttpContext context, string target)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, target, headers, body, clock.GetUtcNow()));

        var answer = _script.TryDequeue(out var next) ? next : Otherwise;
        if (answer.Stall > TimeSpan.Zero)
        {
            await Task.Delay(answer.Stall, context.RequestAborted);
        }

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }
}
