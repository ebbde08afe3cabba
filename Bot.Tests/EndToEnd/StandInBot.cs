using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// A tiny bot on a free loopback port that proves the Playground driver works without OutcomesBot: it
/// keeps every activity it receives, posts a card with an Action.Execute and an Action.Submit button when
/// installed, echoes messages and submits through the Playground's connector, and answers invokes with a card.
/// </summary>
public sealed class StandInBot : IAsyncDisposable
{
    public const string ExecuteVerb = "stand-in.go";

    private readonly WebApplication _app;
    private readonly HttpClient _connector = new();

    private StandInBot(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public Uri Endpoint => new(new Uri(_app.Urls.First()), "/api/messages");

    public static async Task<StandInBot> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var bot = new StandInBot(app);
        app.MapPost("/api/messages", (HttpRequest request) => bot.HandleAsync(request));
        await app.StartAsync(cancellationToken);
        return bot;
    }

    public static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text }),
        ["actions"] = new JsonArray(
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = ExecuteVerb, ["data"] = new JsonObject { ["n"] = 1 } },
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send", ["data"] = new JsonObject { ["choice"] = "a" } }),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _connector.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var activity = (await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted))!.AsObject();
        Received.Enqueue(activity);
        switch ((string?)activity["type"])
        {
            case "invoke":
                var verb = (string?)activity["value"]?["action"]?["verb"];
                var response = new JsonObject { ["statusCode"] = 200, ["type"] = InvokeResult.CardType, ["value"] = Card($"Executed {verb}") };
                return Results.Text(response.ToJsonString(), "application/json");
            case "installationUpdate" when (string?)activity["action"] == "add":
                await SendAsync(activity, new JsonObject
                {
                    ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = InvokeResult.CardType, ["content"] = Card("Stand-in welcome") }),
                });
                break;
            case "message" when activity["value"] is JsonObject submitted:
                await SendAsync(activity, new JsonObject { ["text"] = $"Submitted {submitted.ToJsonString()}" });
                break;
            case "message":
                await SendAsync(activity, new JsonObject { ["text"] = $"Echo: {(string?)activity["text"]}" });
                break;
        }

        return Results.Ok();
    }

    private async Task SendAsync(JsonObject incoming, JsonObject reply)
    {
        reply["type"] = "message";
        reply["from"] = incoming["recipient"]?.DeepClone();
        reply["recipient"] = incoming["from"]?.DeepClone();
        reply["conversation"] = incoming["conversation"]?.DeepClone();
        var conversationId = Uri.EscapeDataString((string)incoming["conversation"]!["id"]!);
        var url = $"{incoming["serviceUrl"]}/v3/conversations/{conversationId}/activities";
        if ((string?)incoming["type"] == "message")
        {
            reply["replyToId"] = (string?)incoming["id"];
            url += $"/{Uri.EscapeDataString((string)incoming["id"]!)}";
        }

        using var response = await _connector.PostAsJsonAsync(url, reply);
        response.EnsureSuccessStatusCode();
    }
}
