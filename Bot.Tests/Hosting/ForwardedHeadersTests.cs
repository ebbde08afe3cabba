using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// Behind App Service's front end the bot sees http from the front end's address; with forwarded headers on it builds
/// links with the caller's https, but only from a proxy it trusts. Seen in the "my data" download link, which is built
/// from the request when Bot:PublicBaseUrl is empty. The bot runs as deployed, with an app id and Bot Framework tokens
/// (signed by local keys): local mode would refuse the front end's address, as it refuses any caller off this machine.
/// </summary>
public sealed class ForwardedHeadersTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>
{
    private const string FrontEnd = "10.1.2.3";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false, false, null, "http")]
    [InlineData(true, false, null, "http")]
    [InlineData(true, true, null, "https")]
    [InlineData(true, false, "10.0.0.0/8", "https")]
    [InlineData(false, true, null, "http")]
    public async Task The_download_link_takes_the_forwarded_scheme_only_when_configured_and_from_a_trusted_proxy(
        bool forwardedHeaders, bool trustAnyProxy, string? knownNetwork, string scheme)
    {
        var settings = AuthTestBot.Settings();
        settings["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = keys.BotFrameworkMetadataUrl;
        settings["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = keys.EntraMetadataUrlTemplate;
        settings["BotAuthentication:RequireHttpsMetadata"] = "false";
        settings["Hosting:ForwardedHeaders"] = forwardedHeaders.ToString();
        settings["Hosting:TrustAnyProxy"] = trustAnyProxy.ToString();
        if (knownNetwork is not null)
        {
            settings["Hosting:KnownNetworks:0"] = knownNetwork;
        }

        using var app = new BotAppFactory(settings, services =>
        {
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(AuthTestBot.Now));
            services.AddSingleton<IStartupFilter>(new FromAddress(IPAddress.Parse(FrontEnd)));
        });

        var link = await DownloadLinkAsync(app);

        Assert.Equal(scheme, link.Scheme);
        Assert.StartsWith("/my-data/", link.AbsolutePath, StringComparison.Ordinal);
    }

    private async Task<Uri> DownloadLinkAsync(BotAppFactory app)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["serviceUrl"] = AuthTestBot.ServiceUrl;
        invoke["value"]!["action"]!["verb"] = MyDataVerbs.Download;
        invoke["value"]!["action"]!["data"] = new JsonObject();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(invoke.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", TokenMinter.Bearer("https://api.botframework.com", keys.BotFrameworkKey, new() { ["serviceurl"] = AuthTestBot.ServiceUrl }));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var response = await client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var open = body.RootElement.GetProperty("value").GetProperty("actions").EnumerateArray()
            .First(action => action.GetProperty("type").GetString() == "Action.OpenUrl");
        return new Uri(open.GetProperty("url").GetString()!);
    }

    // The in-memory test server has no remote address; this puts the front end's in front of the bot's own pipeline.
    private sealed class FromAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
