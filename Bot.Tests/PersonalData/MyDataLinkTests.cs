using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// The "my data" link against link scanners and guessing: a GET shows a landing page and never uses the link up, the
/// download is a POST, each token answers a few requests only, and outside this machine only https is served.
/// </summary>
public sealed class MyDataLinkTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly List<BotAppFactory> _apps = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var app in _apps)
        {
            app.Dispose();
        }
    }

    [Fact]
    public async Task A_plain_GET_shows_the_landing_page_and_leaves_the_link_usable()
    {
        var app = App();
        var link = await LinkAsync(app);
        using var client = app.CreateClient();

        using var scanned = await client.GetAsync(link, Token);
        using var opened = await client.GetAsync(link, Token);
        var page = await opened.Content.ReadAsStringAsync(Token);
        using var download = await client.PostAsync(link, content: null, Token);

        Assert.Equal(HttpStatusCode.OK, scanned.StatusCode);
        Assert.Equal("text/html", opened.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<form method=\"post\">", page, StringComparison.Ordinal);
        Assert.Contains(MyDataDownloadEndpoint.DownloadButton, page, StringComparison.Ordinal);
        Assert.DoesNotContain(MyDataTurnTests.Sender.Marker, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains(MyDataTurnTests.Sender.Marker, await download.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_answers_five_requests_then_429_and_the_download_is_refused_too()
    {
        var app = App();
        var link = await LinkAsync(app);
        using var client = app.CreateClient();

        for (var i = 0; i < DownloadAttemptLimiter.MaxAttempts; i++)
        {
            using var allowed = await client.GetAsync(link, Token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var sixth = await client.GetAsync(link, Token);
        using var download = await client.PostAsync(link, content: null, Token);
        using var otherToken = await client.GetAsync("/my-data/another-token", Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, download.StatusCode);
        Assert.DoesNotContain(MyDataTurnTests.Sender.Marker, await download.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }

    [Fact]
    public async Task Made_up_tokens_past_the_cap_do_not_lock_a_real_link_out()
    {
        var app = App();
        var link = await LinkAsync(app);
        var limiter = app.Get<DownloadAttemptLimiter>();
        using var client = app.CreateClient();

        for (var i = 0; i < DownloadAttemptLimiter.MaxTrackedTokens + 100; i++)
        {
            limiter.TryAcquire(DownloadLinks.Hash("made-up-" + i));
        }

        using var page = await client.GetAsync(link, Token);
        using var download = await client.PostAsync(link, content: null, Token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains(MyDataTurnTests.Sender.Marker, await download.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http", HttpStatusCode.Forbidden)]
    [InlineData("https", HttpStatusCode.OK)]
    public async Task From_another_machine_the_link_works_only_over_https(string scheme, HttpStatusCode expected)
    {
        var remote = App(fromNetwork: scheme);
        await MyDataTurnTests.Sender.WriteAsync(remote.Services, _clock.GetUtcNow(), Token);
        var link = MyDataDownloadEndpoint.Path + await remote.Get<DownloadLinks>().IssueAsync(MyDataTurnTests.Sender.Identity, Token);
        using var client = remote.CreateClient();

        using var page = await client.GetAsync(link, Token);
        using var download = await client.PostAsync(link, content: null, Token);

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, download.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(MyDataDownloadEndpoint.HttpsOnlyText, await download.Content.ReadAsStringAsync(Token));
        }
    }

    [Theory]
    [InlineData("http://outcomesbot.example.org", false)]
    [InlineData("https://outcomesbot.example.org", true)]
    [InlineData("http://localhost:3978", true)]
    public void A_public_base_url_must_be_https_outside_loopback(string url, bool valid) =>
        Assert.Equal(valid, !new PublicUrlOptions { PublicBaseUrl = url }.Validate(new(new object())).Any());

    // fromNetwork makes every request come from 203.0.113.7 (TEST-NET-3) with that scheme, as requests reach the bot from
    // a browser elsewhere (or a proxy that forwards the scheme). Such a host has credentials: in local mode nothing but
    // this machine is answered at all (LocalModeGuardTests).
    private BotAppFactory App(string? fromNetwork = null)
    {
        var app = new BotAppFactory(
            settings: fromNetwork is null ? null : AuthTestBot.Settings(),
            configureServices: services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
                if (fromNetwork is not null)
                {
                    services.AddSingleton<IStartupFilter>(new FromNetwork(fromNetwork));
                }
            });
        _apps.Add(app);
        return app;
    }

    /// <summary>Asks for a "my data" download in the sample sender's 1:1 chat and returns the link's path.</summary>
    internal static async Task<string> LinkAsync(BotAppFactory app)
    {
        await MyDataTurnTests.Sender.WriteAsync(app.Services, app.Get<TimeProvider>().GetUtcNow(), Token);
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = MyDataVerbs.Download;
        invoke["value"]!["action"]!["data"] = new JsonObject();
        using var response = await app.PostActivityAsync(invoke);
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!["value"]!;
        var url = card["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        return new Uri(url).PathAndQuery;
    }

    internal sealed class FromNetwork(string scheme) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                context.Request.Scheme = scheme;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
