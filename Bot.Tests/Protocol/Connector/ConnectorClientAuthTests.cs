using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

public sealed class ConnectorClientAuthTests(FakeConnector connector) : IClassFixture<FakeConnector>, IDisposable
{
    private const string AppId = "3f1c2b9a-0000-4000-8000-00000000b0b0";
    private const string TenantId = "7a1d7a1d-1111-4111-8111-7e7a7e7a7e7a";
    private const string Secret = "not-a-real-secret~value";

    private static readonly Activity Hello = new() { Type = ActivityTypes.Message, Text = "Hello there" };

    private readonly FakeEntraId _entra = new();

    public void Dispose() => _entra.Dispose();

    [Fact]
    public async Task Single_tenant_bot_sends_the_msal_token_and_fetches_it_once_for_five_sends()
    {
        var scenario = connector.NewScenario();
        await using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = TenantId });
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 5; i++)
        {
            await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, ct);
        }

        Assert.All(scenario.Requests, r => Assert.Equal("Bearer fake-connector-token-1", r.Header("Authorization")));
        Assert.Equal(5, scenario.Requests.Count);
        var (uri, body) = Assert.Single(_entra.TokenRequests);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        var form = QueryHelpers.ParseQuery(body);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(Secret, form["client_secret"]);
        // Besides the token, MSAL may make its instance discovery request, once per process (so only when this test runs
        // first): never a second token, never anything else.
        var others = _entra.Requests.Except(_entra.TokenRequests).ToList();
        Assert.True(others.Count <= 1, string.Join(", ", others.Select(r => r.Uri.AbsolutePath)));
        Assert.All(others, r => Assert.EndsWith("/discovery/instance", r.Uri.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Multi_tenant_bot_asks_the_botframework_com_tenant()
    {
        var scenario = connector.NewScenario();
        await using var services = Build(new() { ["MicrosoftAppType"] = "MultiTenant" });

        await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);

        var (uri, _) = Assert.Single(_entra.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("Bearer fake-connector-token-1", Assert.Single(scenario.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task User_assigned_managed_identity_gets_its_token_for_the_bot_client_id()
    {
        var scenario = connector.NewScenario();
        await using var services = Build(new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppPassword"] = null });

        await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);
        await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);

        var (uri, _) = Assert.Single(_entra.Requests, r => r.Uri.AbsolutePath.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal));
        var query = QueryHelpers.ParseQuery(uri.Query);
        Assert.Equal(AppId, query["client_id"]);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.All(scenario.Requests, r => Assert.Equal("Bearer fake-connector-token-1", r.Header("Authorization")));
    }

    [Fact]
    public async Task A_retried_call_carries_the_token_on_every_attempt()
    {
        var scenario = connector.NewScenario().Then(503).Then(201, """{"id":"1"}""");
        await using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = TenantId });

        await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);

        Assert.Equal(2, scenario.Requests.Count);
        Assert.All(scenario.Requests, r => Assert.Equal("Bearer fake-connector-token-1", r.Header("Authorization")));
        Assert.Single(_entra.TokenRequests);
    }

    [Fact]
    public async Task Rejected_credentials_surface_as_ConnectorException_and_nothing_reaches_the_connector()
    {
        _entra.RejectClient = true;
        var scenario = connector.NewScenario();
        await using var services = Build(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = TenantId });

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken));

        Assert.IsType<MsalServiceException>(error.InnerException, exactMatch: false);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Requests);
    }

    [Fact]
    public async Task Without_an_app_id_no_authorization_header_is_sent()
    {
        var scenario = connector.NewScenario();
        await using var services = ConnectorTestServices.Build(configure: s => s.AddSingleton<IMsalHttpClientFactory>(_entra));

        await services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Hello, TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(scenario.Requests).Header("Authorization"));
        Assert.Empty(_entra.Requests);
    }

    private ServiceProvider Build(Dictionary<string, string?> identity)
    {
        identity.TryAdd("MicrosoftAppId", AppId);
        identity.TryAdd("MicrosoftAppPassword", Secret);
        identity.TryAdd("BotAuthentication:AllowedServiceUrls:0", connector.BaseAddress);
        return ConnectorTestServices.Build(identity, s => s.AddSingleton<IMsalHttpClientFactory>(_entra));
    }
}
