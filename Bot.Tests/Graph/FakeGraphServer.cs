using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Bot.Tests.Graph;

/// <summary>
/// A small Microsoft Graph v1.0 on loopback (Kestrel in the test process): team members in pages with @odata.nextLink,
/// channels, and installs for users. Failures are set per route: a status for every call, or a number of 429s first.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _throttlesLeft;

    private FakeGraphServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The team's members: AAD object id, name, owner.</summary>
    public List<(string Id, string Name, bool Owner)> Members { get; } = [];

    public int PageSize { get; set; } = 100;

    /// <summary>When set, every members call answers this (403 for a missing permission).</summary>
    public HttpStatusCode? MembersStatus { get; set; }

    /// <summary>When set, every install answers this; 201 otherwise.</summary>
    public HttpStatusCode? InstallStatus { get; set; }

    /// <summary>How many calls of any kind get 429 with Retry-After: 1 before the fake answers normally.</summary>
    public int ThrottleFirst { set => _throttlesLeft = value; }

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The users an install was asked for, with the catalog app bound in the body.</summary>
    public ConcurrentQueue<(string UserId, string? TeamsApp)> Installs { get; } = new();

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Use(server.ThrottleAsync);
        app.MapGet("/v1.0/teams/{id}/members", server.MembersAsync);
        app.MapGet("/v1.0/teams/{id}/channels", (string id) => Results.Json(new JsonObject
        {
            ["value"] = new JsonArray(Channel("19:general@thread.tacv2", "General"), Channel("19:stories@thread.tacv2", "Stories")),
        }));
        app.MapPost("/v1.0/users/{id}/teamwork/installedApps", server.InstallAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ThrottleAsync(HttpContext http, RequestDelegate next)
    {
        Requests.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
        if (Interlocked.Decrement(ref _throttlesLeft) >= 0)
        {
            http.Response.StatusCode = 429;
            http.Response.Headers.RetryAfter = "1";
            await http.Response.WriteAsJsonAsync(Error("TooManyRequests"));
            return;
        }

        await next(http);
    }

    private IResult MembersAsync(HttpContext http, string id)
    {
        if (MembersStatus is { } status)
        {
            return Results.Json(Error(status == HttpStatusCode.Forbidden ? "Forbidden" : "Failed"), statusCode: (int)status);
        }

        var skip = int.TryParse(http.Request.Query["$skiptoken"], out var token) ? token : 0;
        var page = Members.Skip(skip).Take(PageSize).Select(m => (JsonNode)new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.aadUserConversationMember",
            ["id"] = "membership-" + m.Id,
            ["roles"] = m.Owner ? new JsonArray("owner") : new JsonArray(),
            ["displayName"] = m.Name,
            ["userId"] = m.Id,
        }).ToArray();
        var body = new JsonObject { ["value"] = new JsonArray(page) };
        if (skip + PageSize < Members.Count)
        {
            body["@odata.nextLink"] = $"{BaseUrl}/v1.0/teams/{id}/members?$skiptoken={skip + PageSize}";
        }

        return Results.Json(body);
    }

    private async Task<IResult> InstallAsync(HttpContext http, string id)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        Installs.Enqueue((id, body?["teamsApp@odata.bind"]?.GetValue<string>()));
        return InstallStatus is { } status ? Results.Json(Error(status.ToString()), statusCode: (int)status) : Results.StatusCode(201);
    }

    private static JsonObject Channel(string id, string name) => new() { ["id"] = id, ["displayName"] = name };

    private static JsonObject Error(string code) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = "fake graph" } };
}
