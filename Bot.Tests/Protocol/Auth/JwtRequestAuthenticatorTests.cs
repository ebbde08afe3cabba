using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;
using static OutcomesBot.Bot.Tests.Protocol.Auth.AuthTestBot;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

public sealed class JwtRequestAuthenticatorTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>, IAsyncDisposable
{
    private const string ForeignAppId = "0badc0de-1111-4222-8333-444455556666";
    private static readonly string V1Issuer = $"https://sts.windows.net/{TenantId}/";
    private static readonly string V2Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task BotFrameworkToken_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(BotFrameworkToken()));

    // Replaces EntraV2Token_IsAuthenticated: the audience alone proved nothing, any app of the tenant can get that token.
    [Fact]
    public async Task EntraV2Token_RequestedByAnotherAppOfTheTenant_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(EntraToken(V2Issuer, caller: ForeignAppId)));

    [Fact]
    public async Task EntraV2Token_RequestedWithTheBotsOwnCredentials_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(EntraToken(V2Issuer)));

    [Fact]
    public async Task EntraV1Token_RequestedWithTheBotsOwnCredentials_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(EntraToken(V1Issuer)));

    [Fact]
    public async Task EntraV1Token_WhoseAppIdIsAnotherApp_IsUnauthorizedEvenWithTheBotAsAzp() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(
            TokenMinter.Bearer(V1Issuer, keys.EntraKey, new() { ["tid"] = TenantId, ["appid"] = ForeignAppId, ["azp"] = AppId })));

    [Fact]
    public async Task EntraToken_WhoseTidDiffersFromTheActivitysTenant_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(EntraToken(V2Issuer), activity: TeamsActivity() with
        {
            Conversation = new ConversationAccount { Id = "a:1", TenantId = OtherTenantId },
        }));

    [Fact]
    public async Task EntraToken_ForAnActivityWithoutTenant_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(EntraToken(V2Issuer), activity: TeamsActivity() with
        {
            Conversation = new ConversationAccount { Id = "a:1" },
        }));

    [Fact]
    public async Task EntraTokenWithoutServiceUrlClaim_ForAServiceUrlOutsideTheList_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(EntraToken(V2Issuer), activity: TeamsActivity() with { ServiceUrl = "https://attacker.example/" }));

    [Fact]
    public async Task BotFrameworkToken_ServiceUrlOutsideTheListWithAMatchingClaim_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(
            BotFrameworkToken(d => d.Claims["serviceurl"] = "https://attacker.example/"),
            activity: TeamsActivity() with { ServiceUrl = "https://attacker.example/" }));

    [Fact]
    public async Task ConfiguredServiceUrls_ReplaceTheDefault() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(
            BotFrameworkToken(), configure: c => c["BotAuthentication:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/emea/"));

    [Fact]
    public async Task ActivityFromAnotherChannel_SignedWithAKeyEndorsedForIt_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(
            BotFrameworkToken(signedWith: keys.WebChatOnlyKey), activity: TeamsActivity() with { ChannelId = "webchat" }));

    [Fact]
    public async Task ActivityFromAnotherChannel_IsAcceptedWhenThatChannelIsConfigured() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(
            BotFrameworkToken(signedWith: keys.WebChatOnlyKey),
            activity: TeamsActivity() with { ChannelId = "webchat" },
            configure: c => c["BotAuthentication:AllowedChannelIds:0"] = "webchat"));

    [Fact]
    public async Task ConversationAndChannelDataNamingDifferentTenants_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(BotFrameworkToken(), activity: TeamsActivity() with
        {
            ChannelData = new TeamsChannelData { Tenant = new TeamsIdentity { Id = OtherTenantId } },
        }));

    [Fact]
    public async Task BotIdAudience_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(BotFrameworkToken(d => d.Audience = $"api://botid-{AppId}")));

    [Fact]
    public async Task ServiceUrlClaim_ComparedIgnoringTrailingSlashAndCase_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(BotFrameworkToken(d => d.Claims["serviceurl"] = "HTTPS://smba.trafficmanager.net/amer")));

    [Fact]
    public async Task WrongAudience_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(d => d.Audience = "api://someone-else")));

    [Fact]
    public async Task UntrustedIssuer_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(d => d.Issuer = "https://api.botframework.example")));

    [Fact]
    public async Task ExpiredToken_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(d => d.Expires = Now.AddMinutes(-6).UtcDateTime)));

    [Fact]
    public async Task TokenExpiredWithinClockSkew_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(BotFrameworkToken(d => d.Expires = Now.AddMinutes(-4).UtcDateTime)));

    [Fact]
    public async Task NotYetValidToken_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(d => d.NotBefore = Now.AddMinutes(6).UtcDateTime)));

    [Fact]
    public async Task TokenSignedWithAnotherPrivateKeyUnderAPublishedKid_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(signedWith: keys.ImpostorKey)));

    [Fact]
    public async Task TokenWithUnknownKeyId_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(signedWith: keys.UnpublishedKey)));

    [Fact]
    public async Task KeyNotEndorsedForTeams_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(BotFrameworkToken(signedWith: keys.WebChatOnlyKey)));

    [Fact]
    public async Task ServiceUrlClaimMismatch_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(BotFrameworkToken(d => d.Claims["serviceurl"] = "https://attacker.example/")));

    [Fact]
    public async Task UnsignedAlgNoneToken_IsUnauthorized()
    {
        var payload = $$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":{{Now.AddHours(1).ToUnixTimeSeconds()}}}""";

        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(TokenMinter.UnsignedBearer(payload)));
    }

    [Fact]
    public async Task MissingHeader_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(header: null));

    [Theory]
    [InlineData("Basic abc")]
    [InlineData("Bearer")]
    [InlineData("Bearer not.a.jwt")]
    public async Task MalformedHeader_IsUnauthorized(string header) =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(header));

    [Fact]
    public async Task SingleTenantBot_TokenFromAnotherTenantsIssuer_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(EntraToken($"https://login.microsoftonline.com/{OtherTenantId}/v2.0", OtherTenantId)));

    // Replaces MultiTenantBot_TokenFromAnotherTenant_IsAuthenticated: a token of one tenant cannot speak for another's activity.
    [Fact]
    public async Task MultiTenantBot_TokenFromAnotherTenant_ForThisTenantsActivity_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(
            EntraToken($"https://login.microsoftonline.com/{OtherTenantId}/v2.0", OtherTenantId),
            configure: c => c["MicrosoftAppType"] = "MultiTenant"));

    [Fact]
    public async Task MultiTenantBot_TokenFromAnotherTenant_ForThatTenantsActivity_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(
            EntraToken($"https://login.microsoftonline.com/{OtherTenantId}/v2.0", OtherTenantId),
            configure: c => c["MicrosoftAppType"] = "MultiTenant",
            activity: TeamsActivity() with { Conversation = new ConversationAccount { Id = "a:1", TenantId = OtherTenantId } }));

    [Fact]
    public async Task MultiTenantBot_TokenFromAnotherTenantRequestedByAnotherApp_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(
            EntraToken($"https://login.microsoftonline.com/{OtherTenantId}/v2.0", OtherTenantId, caller: ForeignAppId),
            configure: c => c["MicrosoftAppType"] = "MultiTenant",
            activity: TeamsActivity() with { Conversation = new ConversationAccount { Id = "a:1", TenantId = OtherTenantId } }));

    [Fact]
    public async Task MultiTenantBot_IssuerTenantDifferentFromTidClaim_IsUnauthorized() =>
        Assert.Equal(AuthenticationStatus.Unauthorized, await StatusAsync(
            EntraToken($"https://login.microsoftonline.com/{OtherTenantId}/v2.0", TenantId),
            configure: c => c["MicrosoftAppType"] = "MultiTenant"));

    [Fact]
    public async Task TenantNotInAllowList_IsForbidden() =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(BotFrameworkToken(), configure: c => c["BotAuthentication:AllowedTenantIds:0"] = OtherTenantId));

    [Fact]
    public async Task TenantInAllowList_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(BotFrameworkToken(), configure: c => c["BotAuthentication:AllowedTenantIds:0"] = TenantId));

    [Fact]
    public async Task NoAppIdConfigured_ValidationDisabled_ForThePlaygroundOnLoopback() =>
        Assert.Equal(AuthenticationStatus.ValidationDisabled, await StatusAsync(
            header: null, configure: c => c.Clear(), activity: TeamsActivity() with { ServiceUrl = "http://127.0.0.1:56150/_connector" }));

    [Theory]
    [InlineData("https://smba.example.net/amer/", "msteams")]
    [InlineData("http://10.0.0.5:56150/_connector", "msteams")]
    [InlineData("http://127.0.0.1:56150/_connector", "webchat")]
    public async Task NoAppIdConfigured_ActivityRulesStillHold(string serviceUrl, string channelId) =>
        Assert.Equal(AuthenticationStatus.Forbidden, await StatusAsync(
            header: null,
            configure: c => c.Clear(),
            activity: TeamsActivity() with { ServiceUrl = serviceUrl, ChannelId = channelId }));

    [Fact]
    public async Task MetadataUnavailable_IsUnauthorizedWithoutThrowing()
    {
        var authenticator = Authenticator(c => c["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = $"{keys.BaseUrl}/nowhere/openidconfiguration");

        var outcome = await authenticator.AuthenticateAsync(BotFrameworkToken(), TeamsActivity(), TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal("signing keys unavailable", outcome.Reason);
    }

    [Fact]
    public async Task RotatedSigningKey_IsAcceptedAfterOneMetadataRefresh()
    {
        var authenticator = Authenticator(c => c["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = keys.RotatingMetadataUrl);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync(BotFrameworkToken(signedWith: keys.RotatedOutKey), TeamsActivity(), ct)).Status);

        keys.RotateKeys();

        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync(BotFrameworkToken(signedWith: keys.RotatedInKey), TeamsActivity(), ct)).Status);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
    }

    private async Task<AuthenticationStatus> StatusAsync(string? header, Action<IDictionary<string, string?>>? configure = null, Activity? activity = null)
    {
        var outcome = await Authenticator(configure).AuthenticateAsync(header, activity ?? TeamsActivity(), TestContext.Current.CancellationToken);
        return outcome.Status;
    }

    private IRequestAuthenticator Authenticator(Action<IDictionary<string, string?>>? configure = null)
    {
        var settings = Settings();
        settings["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = keys.BotFrameworkMetadataUrl;
        settings["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = keys.EntraMetadataUrlTemplate;
        settings["BotAuthentication:RequireHttpsMetadata"] = "false";
        configure?.Invoke(settings);

        var provider = BuildServices(settings);
        _providers.Add(provider);
        return provider.GetRequiredService<IRequestAuthenticator>();
    }

    private string BotFrameworkToken(Action<SecurityTokenDescriptor>? change = null, TestSigningKey? signedWith = null) =>
        TokenMinter.Bearer("https://api.botframework.com", signedWith ?? keys.BotFrameworkKey, new() { ["serviceurl"] = ServiceUrl }, change);

    // The Bot Framework Emulator's flow: asked with the bot's own credentials, so appid (v1) or azp (v2) is the bot.
    private string EntraToken(string issuer, string tidClaim = TenantId, string caller = AppId) =>
        TokenMinter.Bearer(issuer, keys.EntraKey, new() { ["tid"] = tidClaim, [issuer.StartsWith("https://sts.windows.net/", StringComparison.Ordinal) ? "appid" : "azp"] = caller });
}
