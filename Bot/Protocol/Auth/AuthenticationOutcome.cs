using System.Security.Claims;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>The verdict on a request's token. <see cref="Reason"/> is safe to log: it never holds the token.</summary>
public sealed record AuthenticationOutcome(AuthenticationStatus Status, string Reason, ClaimsIdentity? Identity = null)
{
    public bool Succeeded => Status is AuthenticationStatus.Authenticated or AuthenticationStatus.ValidationDisabled;

    public static AuthenticationOutcome Authenticated(ClaimsIdentity identity) => new(AuthenticationStatus.Authenticated, "valid token", identity);

    public static AuthenticationOutcome Disabled() => new(AuthenticationStatus.ValidationDisabled, "validation disabled: no MicrosoftAppId configured");

    public static AuthenticationOutcome Unauthorized(string reason) => new(AuthenticationStatus.Unauthorized, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(AuthenticationStatus.Forbidden, reason);
}
