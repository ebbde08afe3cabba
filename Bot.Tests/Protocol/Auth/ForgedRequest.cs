using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using static OutcomesBot.Bot.Tests.Protocol.Auth.AuthTestBot;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>The forged requests of the corpus: a body and an Authorization header per kind, and the answer expected.</summary>
public sealed class ForgedRequest(DoorWorld world)
{
    public const string ForeignAppId = "0badc0de-1111-4222-8333-444455556666";

    public enum Kind
    {
        // The token itself is not the Bot Framework's or Entra's for this bot.
        WrongAudience,
        WrongIssuer,
        Expired,
        NotYetValid,
        SignedWithAnotherKeyUnderAPublishedKid,
        UnknownSigningKey,
        AlgNone,
        MissingHeader,
        NotBearer,
        BearerWithoutToken,
        NotAJwt,
        KeyNotEndorsedForTeams,
        ServiceUrlClaimDiffersFromActivity,
        EntraTokenFromAnotherTenantsIssuer,
        EntraIssuerTenantDiffersFromTid,

        // New with issue 11.
        EntraTokenRequestedByAForeignApp,
        EntraCardPressRequestedByAForeignApp,
        EntraTokenWithoutServiceUrlClaimForAServiceUrlOutsideTheList,
        EntraTidDiffersFromActivityTenant,
        ChannelOtherThanMsTeams,
        ServiceUrlOutsideTheListWithAMatchingClaim,
        ValidTokenReplayedWithBodyServiceUrlOfTheAttacker,
        ValidTokenReplayedWithBodyServiceUrlOfAnotherAllowedPrefix,
        ServiceUrlHidingTheAttackerBehindUserInfo,
        ConversationAndChannelDataNameDifferentTenants,
    }

    private string Legit => world.Connector.BaseUrl;

    private string Attacker => world.Attacker.BaseUrl;

    public (string Body, string? Authorization, HttpStatusCode Expected) Build(Kind kind) => kind switch
    {
        Kind.WrongAudience => Unauthorized(BotFrameworkToken(Legit, d => d.Audience = "api://someone-else")),
        Kind.WrongIssuer => Unauthorized(BotFrameworkToken(Legit, d => d.Issuer = "https://api.botframework.example")),
        Kind.Expired => Unauthorized(BotFrameworkToken(Legit, d => (d.NotBefore, d.IssuedAt, d.Expires) = (Now.AddHours(-3).UtcDateTime, Now.AddHours(-3).UtcDateTime, Now.AddHours(-1).UtcDateTime))),
        Kind.NotYetValid => Unauthorized(BotFrameworkToken(Legit, d => (d.NotBefore, d.Expires) = (Now.AddHours(1).UtcDateTime, Now.AddHours(2).UtcDateTime))),
        Kind.SignedWithAnotherKeyUnderAPublishedKid => Unauthorized(BotFrameworkToken(Legit, signedWith: world.Keys.ImpostorKey)),
        Kind.UnknownSigningKey => Unauthorized(BotFrameworkToken(Legit, signedWith: world.Keys.UnpublishedKey)),
        Kind.AlgNone => Unauthorized(TokenMinter.UnsignedBearer($$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","serviceurl":"{{Legit}}","exp":{{Now.AddHours(1).ToUnixTimeSeconds()}}}""")),
        Kind.MissingHeader => Unauthorized(null),
        Kind.NotBearer => Unauthorized("Basic dXNlcjpwYXNz"),
        Kind.BearerWithoutToken => Unauthorized("Bearer"),
        Kind.NotAJwt => Unauthorized("Bearer not.a.jwt"),
        Kind.KeyNotEndorsedForTeams => (Message(Legit), BotFrameworkToken(Legit, signedWith: world.Keys.WebChatOnlyKey), HttpStatusCode.Forbidden),
        Kind.ServiceUrlClaimDiffersFromActivity => Unauthorized(BotFrameworkToken("https://attacker.example/")),
        Kind.EntraTokenFromAnotherTenantsIssuer => Unauthorized(EntraToken(caller: AppId, tenant: OtherTenantId)),
        Kind.EntraIssuerTenantDiffersFromTid => Unauthorized(EntraToken(caller: AppId, change: d => d.Claims["tid"] = OtherTenantId)),
        Kind.EntraTokenRequestedByAForeignApp => Unauthorized(EntraToken(caller: ForeignAppId)),
        Kind.EntraCardPressRequestedByAForeignApp => (Invoke(Legit, MyDataVerbs.Download), EntraToken(caller: ForeignAppId), HttpStatusCode.Unauthorized),
        Kind.EntraTokenWithoutServiceUrlClaimForAServiceUrlOutsideTheList => (Message(Attacker), EntraToken(caller: AppId), HttpStatusCode.Forbidden),
        Kind.EntraTidDiffersFromActivityTenant => (Message(Legit, tenant: OtherTenantId), EntraToken(caller: AppId), HttpStatusCode.Forbidden),
        Kind.ChannelOtherThanMsTeams => (Message(Legit, channel: "webchat"), BotFrameworkToken(Legit, signedWith: world.Keys.WebChatOnlyKey), HttpStatusCode.Forbidden),
        Kind.ServiceUrlOutsideTheListWithAMatchingClaim => (Message(Attacker), BotFrameworkToken(Attacker), HttpStatusCode.Forbidden),
        Kind.ValidTokenReplayedWithBodyServiceUrlOfTheAttacker => (Message(Attacker), BotFrameworkToken(Legit), HttpStatusCode.Unauthorized),
        Kind.ValidTokenReplayedWithBodyServiceUrlOfAnotherAllowedPrefix => (Message(OtherAllowed), BotFrameworkToken(Legit), HttpStatusCode.Unauthorized),
        Kind.ServiceUrlHidingTheAttackerBehindUserInfo => (Message(UserInfoTrick), BotFrameworkToken(UserInfoTrick), HttpStatusCode.Forbidden),
        _ => (Message(Legit, channelDataTenant: OtherTenantId), BotFrameworkToken(Legit), HttpStatusCode.Forbidden),
    };

    public string BotFrameworkToken(string serviceUrlClaim, Action<SecurityTokenDescriptor>? change = null, TestSigningKey? signedWith = null) =>
        TokenMinter.Bearer("https://api.botframework.com", signedWith ?? world.Keys.BotFrameworkKey, new() { ["serviceurl"] = serviceUrlClaim }, change);

    /// <summary>A v2 Entra token for the bot's audience, asked for by <paramref name="caller"/> (azp), without a serviceurl claim.</summary>
    public string EntraToken(string caller, string tenant = TenantId, Action<SecurityTokenDescriptor>? change = null) =>
        TokenMinter.Bearer($"https://login.microsoftonline.com/{tenant}/v2.0", world.Keys.EntraKey, new() { ["tid"] = tenant, ["azp"] = caller, ["ver"] = "2.0" }, change);

    public static string Message(string serviceUrl, string tenant = TenantId, string channel = "msteams", string? channelDataTenant = null)
    {
        var message = Samples.Fresh("message-personal");
        Address(message, serviceUrl, tenant, channel, channelDataTenant);
        message["text"] = "help";
        return message.ToJsonString();
    }

    public static string Invoke(string serviceUrl, string verb)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        Address(invoke, serviceUrl, TenantId, "msteams", channelDataTenant: null);
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = new JsonObject();
        return invoke.ToJsonString();
    }

    private string OtherAllowed => world.OtherAllowedServiceUrl;

    // http://127.0.0.1:{legit port}@127.0.0.1:{attacker port}/: reads like the connector, goes to the attacker.
    private string UserInfoTrick => $"http://{new Uri(Legit).Authority}@{new Uri(Attacker).Authority}/";

    private (string, string?, HttpStatusCode) Unauthorized(string? authorization) => (Message(Legit), authorization, HttpStatusCode.Unauthorized);

    private static void Address(JsonNode activity, string serviceUrl, string tenant, string channel, string? channelDataTenant)
    {
        activity["serviceUrl"] = serviceUrl;
        activity["channelId"] = channel;
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = channelDataTenant ?? tenant } };
    }
}
