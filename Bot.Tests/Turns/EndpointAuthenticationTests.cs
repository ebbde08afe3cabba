using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// With an app id configured, /api/messages accepts only valid tokens: each forged or spoiled token is refused
/// with 401 (or 403 for a key not endorsed for Teams) and nothing is processed, stored or sent.
/// </summary>
public sealed class EndpointAuthenticationTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>, IDisposable
{
    private readonly List<BotAppFactory> _apps = [];

    public enum Spoiled
    {
        WrongAudience,
        WrongIssuer,
        Expired,
        NotYetValid,
        BadSignature,
        UnknownKey,
        NotEndorsedForTeams,
        ServiceUrlMismatch,
        AlgNone,
        Missing,
        NotBearer,
        BearerWithoutToken,
        NotAJwt,
    }

    public void Dispose()
    {
        foreach (var app in _apps)
        {
            app.Dispose();
        }
    }

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_message_is_answered()
    {
        var app = CreateApp();

        using var response = await app.PostRawAsync(Message(), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Connector.Sent);
        Assert.NotNull(await app.Get<IPersonStore>().GetAsync("user-id-0", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(Spoiled.WrongAudience, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.WrongIssuer, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.Expired, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.NotYetValid, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.BadSignature, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.UnknownKey, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.NotEndorsedForTeams, HttpStatusCode.Forbidden)]
    [InlineData(Spoiled.ServiceUrlMismatch, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.AlgNone, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.Missing, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.NotBearer, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.BearerWithoutToken, HttpStatusCode.Unauthorized)]
    [InlineData(Spoiled.NotAJwt, HttpStatusCode.Unauthorized)]
    public async Task A_forged_or_spoiled_token_is_refused_and_nothing_is_processed(Spoiled spoiled, HttpStatusCode expected)
    {
        var app = CreateApp();

        using var response = await app.PostRawAsync(Message(), authorization: Header(spoiled));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(app.Connector.Sent);
        Assert.Null(await app.Get<IPersonStore>().GetAsync("user-id-0", TestContext.Current.CancellationToken));
        Assert.Null(await app.Get<IConversationStore>().GetAsync("9d04fb34-e1ad-4a99-88e9-9178312c341a", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_invoke_with_a_bad_token_gets_401_and_no_card()
    {
        var app = CreateApp();
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["serviceUrl"] = AuthTestBot.ServiceUrl;
        invoke["value"]!["action"]!["verb"] = "help.show";

        using var response = await app.PostRawAsync(invoke.ToJsonString(), authorization: Header(Spoiled.WrongAudience));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("What I can do", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private string? Header(Spoiled spoiled) => spoiled switch
    {
        Spoiled.WrongAudience => Token(d => d.Audience = "api://someone-else"),
        Spoiled.WrongIssuer => Token(d => d.Issuer = "https://api.botframework.example"),
        Spoiled.Expired => Token(d =>
        {
            d.NotBefore = AuthTestBot.Now.AddHours(-3).UtcDateTime;
            d.IssuedAt = d.NotBefore;
            d.Expires = AuthTestBot.Now.AddHours(-1).UtcDateTime;
        }),
        Spoiled.NotYetValid => Token(d =>
        {
            d.NotBefore = AuthTestBot.Now.AddHours(1).UtcDateTime;
            d.Expires = AuthTestBot.Now.AddHours(2).UtcDateTime;
        }),
        Spoiled.BadSignature => Token(signedWith: keys.ImpostorKey),
        Spoiled.UnknownKey => Token(signedWith: keys.UnpublishedKey),
        Spoiled.NotEndorsedForTeams => Token(signedWith: keys.WebChatOnlyKey),
        Spoiled.ServiceUrlMismatch => Token(d => d.Claims["serviceurl"] = "https://attacker.example/"),
        Spoiled.AlgNone => TokenMinter.UnsignedBearer(
            $$"""{"iss":"https://api.botframework.com","aud":"{{AuthTestBot.AppId}}","serviceurl":"{{AuthTestBot.ServiceUrl}}"}"""),
        Spoiled.Missing => null,
        Spoiled.NotBearer => "Basic dXNlcjpwYXNz",
        Spoiled.BearerWithoutToken => "Bearer",
        _ => "Bearer not.a.jwt",
    };

    private string Token(Action<SecurityTokenDescriptor>? change = null, TestSigningKey? signedWith = null) =>
        TokenMinter.Bearer("https://api.botframework.com", signedWith ?? keys.BotFrameworkKey, new() { ["serviceurl"] = AuthTestBot.ServiceUrl }, change);

    private static string Message()
    {
        var message = Samples.Fresh("message-personal");
        message["serviceUrl"] = AuthTestBot.ServiceUrl;
        message["conversation"]!["tenantId"] = AuthTestBot.TenantId;
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = AuthTestBot.TenantId } };
        message["text"] = "help";
        return message.ToJsonString();
    }

    private BotAppFactory CreateApp()
    {
        var settings = AuthTestBot.Settings();
        settings["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = keys.BotFrameworkMetadataUrl;
        settings["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = keys.EntraMetadataUrlTemplate;
        settings["BotAuthentication:RequireHttpsMetadata"] = "false";
        var app = new BotAppFactory(settings, services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(AuthTestBot.Now)));
        _apps.Add(app);
        return app;
    }
}
