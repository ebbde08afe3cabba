using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using OutcomesBot.Bot.Hosting;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>Without a MicrosoftAppId the bot runs only in Development or when allowed by name, and only on loopback.</summary>
public sealed class LocalModeGuardTests
{
    [Theory]
    [InlineData("Production", null)]
    [InlineData("Staging", null)]
    [InlineData("Testing", "false")]
    public void No_app_id_outside_Development_is_refused_naming_the_settings(string environment, string? allow)
    {
        var refusal = LocalModeGuard.Refusal(Configuration(new() { [LocalModeGuard.AllowSetting] = allow }), Environment(environment));

        Assert.NotNull(refusal);
        Assert.Contains("MicrosoftAppId", refusal, StringComparison.Ordinal);
        Assert.Contains("BotAuthentication:AllowUnauthenticatedLocalMode", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null, "http://localhost:3978")]
    [InlineData("Production", "true", "http://127.0.0.1:0")]
    [InlineData("Production", "true", "http://[::1]:3978;http://localhost:3979")]
    public void No_app_id_in_Development_or_allowed_by_name_on_loopback_may_start(string environment, string? allow, string urls) =>
        Assert.Null(LocalModeGuard.Refusal(Configuration(new() { [LocalModeGuard.AllowSetting] = allow, ["urls"] = urls }), Environment(environment)));

    [Theory]
    [InlineData("urls", "http://0.0.0.0:3978")]
    [InlineData("urls", "http://*:3978")]
    [InlineData("urls", "http://localhost:3978;http://+:80")]
    [InlineData("urls", "http://192.168.1.20:3978")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://[::]:3978")]
    public void No_app_id_listening_beyond_loopback_is_refused(string key, string value)
    {
        var refusal = LocalModeGuard.Refusal(Configuration(new() { [key] = value }), Environment("Development"));

        Assert.NotNull(refusal);
        Assert.Contains("loopback", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_app_id_any_environment_and_address_may_start() =>
        Assert.Null(LocalModeGuard.Refusal(Configuration(new() { ["MicrosoftAppId"] = "6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c", ["urls"] = "http://0.0.0.0:80" }), Environment("Production")));

    [Fact]
    public async Task In_local_mode_a_request_from_another_machine_is_refused_before_any_turn()
    {
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<IStartupFilter>(new MyDataLinkTests.FromNetwork("http")));

        using var response = await app.PostActivityAsync(Samples.Fresh("message-personal"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(app.Connector.Sent);
    }

    [Theory]
    [InlineData("rebound.attacker.example")]
    [InlineData("localhost.attacker.example:3978")]
    public async Task In_local_mode_a_request_naming_another_host_is_refused_before_any_turn(string host)
    {
        using var app = new BotAppFactory();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Samples.Read("message-personal"), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Host = host;

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Connector.Sent);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:3978")]
    [InlineData("[::1]:3978")]
    public async Task In_local_mode_this_machines_names_are_served(string host)
    {
        using var app = new BotAppFactory();
        using var client = app.CreateClient();
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Host = host;

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
