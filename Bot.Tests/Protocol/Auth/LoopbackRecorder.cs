using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// An HTTP server on a free loopback port that answers every request with 200 <c>{"id":"1"}</c> and records it with
/// its Authorization header: the legitimate connector of the corpus test, or the attacker's host that must hear nothing.
/// </summary>
public sealed class LoopbackRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Method, string Path, string? Authorization)> _requests = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<(string Method, string Path, string? Authorization)> Requests => [.. _requests];

    public static async Task<LoopbackRecorder> StartAsync(CancellationToken cancellationToken)
    {
        var recorder = new LoopbackRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        recorder._app = builder.Build();
        recorder._app.Run(context =>
        {
            recorder._requests.Enqueue((context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.FirstOrDefault()));
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"id":"1"}""", context.RequestAborted);
        });
        await recorder._app.StartAsync(cancellationToken);
        recorder.BaseUrl = recorder._app.Urls.Single().TrimEnd('/') + "/";
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
