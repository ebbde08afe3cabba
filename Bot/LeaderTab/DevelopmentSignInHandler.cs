using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// Local development only (no MicrosoftAppId, Development environment; registered nowhere else): the tab page opened
/// outside Teams sends <c>Authorization: Development {aadObjectId}</c> for one of the Playground's test users, and is
/// signed in as them. Roles are still checked against the stored roster like any other sign-in.
/// </summary>
public sealed class DevelopmentSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TabDevelopment";
    private const string Prefix = "Development ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var aadObjectId = header[Prefix.Length..].Trim();
        if (aadObjectId.Length is 0 or > 64)
        {
            return Task.FromResult(AuthenticateResult.Fail("No user named."));
        }

        var identity = new ClaimsIdentity([new Claim(TabPerson.ObjectIdClaim, aadObjectId)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
