using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Protocol.Auth;
using static OutcomesBot.Bot.Tests.Protocol.Auth.AuthTestBot;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

public sealed class JwtRequestAuthenticatorTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>, IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task BotFrameworkToken_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(BotFrameworkToken()));

    [Fact]
    public async Task EntraV2Token_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(EntraToken($"https://login.microsoftonline.com/{TenantId}/v2.0")));

    [Fact]
    public async Task EntraV1Token_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(EntraToken($"https://sts.windows.net/{TenantId}/")));

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

    [Fact]
    public async Task MultiTenantBot_TokenFromAnotherTenant_IsAuthenticated() =>
        Assert.Equal(AuthenticationStatus.Authenticated, await StatusAsync(
            EntraToken($"https://login.microsoftonline.com/{OtherTenantId}/v2.0", OtherTenantId),
            configure: c => c["MicrosoftAppType"] = "MultiTenant"));

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
    public async Task NoAppIdConfigured_ValidationDisabled() =>
        Assert.Equal(AuthenticationStatus.ValidationDisabled, await StatusAsync(header: null, configure: c => c.Clear()));

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

    private async Task<AuthenticationStatus> StatusAsync(string? header, Action<IDictionary<string, string?>>? configure = null)
    {
        var outcome = await Authenticator(configure).AuthenticateAsync(header, TeamsActivity(), TestContext.Current.CancellationToken);
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

    private string EntraToken(string issuer, string tidClaim = TenantId) =>
        TokenMinter.Bearer(issuer, keys.EntraKey, new() { ["tid"] = tidClaim });
}
