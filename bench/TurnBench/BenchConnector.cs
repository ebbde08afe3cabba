using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace OutcomesBot.TurnBench;

/// <summary>
/// The fake Bot Connector, run in its own process (<c>TurnBench connector</c>): it accepts every reply and send with a
/// 200 and counts replies per incoming activity id, so that the orchestrator can check that each message got exactly
/// one. It keeps the last card it was sent in each conversation, which is how our help card is exported for the peer.
/// </summary>
internal static class BenchConnector
{
    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var replies = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var lastActivity = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var nextId = 0L;

        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (string conversationId, string replyToId, HttpRequest request) =>
        {
            replies.AddOrUpdate(replyToId, 1, (_, count) => count + 1);
            await KeepAsync(lastActivity, conversationId, request);
            return Results.Json(new { id = "c-" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture) });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            await KeepAsync(lastActivity, conversationId, request);
            return Results.Json(new { id = "c-" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture) });
        });
        // The load generator's own warm-up: it posts here before its clock starts, so its first measured turns do not pay
        // for its JIT (a fresh process each phase). Nothing is counted.
        app.MapPost("/bench/ping", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.Ok();
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Json(new { id = "updated" }));
        app.MapGet("/bench/replies", (string prefix) =>
        {
            var mine = replies.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            return Results.Json(new ReplyCounts(mine.Count, mine.Sum(pair => pair.Value), mine.Count(pair => pair.Value > 1)));
        });
        app.MapDelete("/bench/replies", () =>
        {
            replies.Clear();
            return Results.Ok();
        });
        app.MapGet("/bench/last/{conversationId}", (string conversationId) =>
            lastActivity.TryGetValue(conversationId, out var json) ? Results.Content(json, "application/json") : Results.NotFound());

        await app.StartAsync(cancellationToken);
        Console.WriteLine("listening " + app.Urls.First());
        await app.WaitForShutdownAsync(cancellationToken);
    }

    private static async Task KeepAsync(ConcurrentDictionary<string, string> lastActivity, string conversationId, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (conversationId.StartsWith(TurnActivities.ExportConversationPrefix, StringComparison.Ordinal))
        {
            using var parsed = JsonDocument.Parse(body);
            lastActivity[conversationId] = body;
        }
    }
}
