using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>
/// The connector client is where the bot's token is attached, so it is where the serviceUrl allow-list is enforced
/// for every caller; and it reads answers with a size limit.
/// </summary>
public sealed class ConnectorClientDoorTests(FakeConnector connector) : IClassFixture<FakeConnector>, IDisposable
{
    private static readonly Activity Hello = new() { Type = ActivityTypes.Message, Text = "Hello there" };
    private readonly FakeEntraId _entra = new();

    public void Dispose() => _entra.Dispose();

    [Theory]
    [InlineData("https://attacker.example/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    [InlineData("https://smba.trafficmanager.net@attacker.example/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://teams.microsoft.com.attacker.example/")]
    public async Task A_serviceUrl_outside_the_list_gets_no_request_and_no_token(string serviceUrl)
    {
        var logs = new RecordingLoggerProvider();
        await using var services = Credentialed(logs);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(serviceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken));

        Assert.True(error.IsServiceUrlRefused);
        Assert.Empty(_entra.TokenRequests);
        Assert.Contains(logs.Lines, l => l.Contains("[3005]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_default_list_without_credentials_still_refuses_a_non_loopback_host_and_the_fake_is_not_reached()
    {
        var scenario = connector.NewScenario();
        await using var services = Credentialed(new RecordingLoggerProvider(), allowFake: false);

        await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken));

        Assert.Empty(scenario.Requests);
        Assert.Empty(_entra.TokenRequests);
    }

    [Fact]
    public async Task An_allowed_serviceUrl_gets_the_call_with_the_token()
    {
        var scenario = connector.NewScenario();
        await using var services = Credentialed(new RecordingLoggerProvider());

        await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer fake-connector-token-1", Assert.Single(scenario.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task An_answer_over_the_size_limit_is_not_read_and_not_retried()
    {
        var huge = $$"""{"id":"{{new string('x', ConnectorResponseBody.MaxBytes)}}"}""";
        var scenario = connector.NewScenario();
        scenario.Otherwise = new ScriptedAnswer(200, huge);
        await using var services = ConnectorTestServices.Build();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken));

        Assert.Equal(ConnectorException.ResponseTooLarge, error.ErrorCode);
        Assert.Single(scenario.Requests);
    }

    [Fact]
    public async Task An_answer_just_under_the_size_limit_is_read()
    {
        var body = $$"""{"id":"{{new string('x', ConnectorResponseBody.MaxBytes - 20)}}"}""";
        var scenario = connector.NewScenario();
        scenario.Otherwise = new ScriptedAnswer(200, body);
        await using var services = ConnectorTestServices.Build();

        var answer = await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);

        Assert.Equal(ConnectorResponseBody.MaxBytes - 20, answer.Id!.Length);
    }

    private ServiceProvider Credentialed(RecordingLoggerProvider logs, bool allowFake = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3f1c2b9a-0000-4000-8000-00000000b0b0",
            ["MicrosoftAppPassword"] = "not-a-real-secret~value",
            ["MicrosoftAppTenantId"] = "7a1d7a1d-1111-4111-8111-7e7a7e7a7e7a",
        };
        if (allowFake)
        {
            settings["BotAuthentication:AllowedServiceUrls:0"] = connector.BaseAddress;
        }

        return ConnectorTestServices.Build(settings, s => s.AddSingleton<IMsalHttpClientFactory>(_entra), logs);
    }
}
