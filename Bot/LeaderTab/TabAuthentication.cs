using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Hosting;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Protocol;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// The tab API's own sign-in, apart from /api/messages: a JwtBearer scheme that takes the Teams SSO token as an Entra
/// access token for the app's API (audience, issuer and tenant, signature from Entra's published keys, lifetime, the
/// access_as_user scope). In local mode (no MicrosoftAppId) in the Development environment only, the development sign-in too.
/// </summary>
public static class TabAuthentication
{
    public const string Scheme = "TabSso";
    public const string Policy = "LeaderTab";

    public static void Add(IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment() && LocalModeGuard.IsLocalMode(builder.Configuration);
        var authentication = builder.Services.AddAuthentication().AddJwtBearer(Scheme);
        WithoutKeyRingWarmUp(builder.Services);
        if (development)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentSignInHandler>(DevelopmentSignInHandler.SchemeName, null);
        }

        builder.Services.AddOptions<JwtBearerOptions>(Scheme)
            .Configure<IOptions<BotCredentialsOptions>, IOptions<BotAuthenticationOptions>, IOptions<TabOptions>, IOptions<PublicUrlOptions>, TimeProvider>(
                (bearer, credentials, auth, tab, publicUrl, time) => Configure(bearer, credentials.Value, auth.Value, tab.Value, publicUrl.Value, time));
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(development ? [Scheme, DevelopmentSignInHandler.SchemeName] : [Scheme])
            .RequireAuthenticatedUser()
            .RequireClaim(TabPerson.ObjectIdClaim));
    }

    /// <summary>The audience the SSO token must carry: Tab:ApplicationIdUri, or api://{public host}/{app id}.</summary>
    public static string? ApplicationIdUri(BotCredentialsOptions credentials, TabOptions tab, PublicUrlOptions publicUrl)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(tab);
        ArgumentNullException.ThrowIfNull(publicUrl);
        if (!string.IsNullOrWhiteSpace(tab.ApplicationIdUri))
        {
            return tab.ApplicationIdUri;
        }

        return credentials.HasAppId && Uri.TryCreate(publicUrl.PublicBaseUrl, UriKind.Absolute, out var host)
            ? $"api://{host.Authority}/{credentials.MicrosoftAppId}"
            : null;
    }

    // AddAuthentication() brings ASP.NET Core data protection, which cookie schemes sign with. This bot signs nothing with
    // it: both schemes read bearer tokens. Its hosted warm-up would still read the key ring at every start, and on a first
    // start write an unencrypted key file under the home folder, loading the XML stack (about 4 MB resident) to do so.
    private static void WithoutKeyRingWarmUp(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService)
                && services[i].ImplementationType?.Namespace?.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) == true)
            {
                services.RemoveAt(i);
            }
        }
    }

    private static bool TokenLifetimeOk(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan skew) =>
        expires is { } end && new DateTimeOffset(DateTime.SpecifyKind(end, DateTimeKind.Utc)) + skew > now
        && (notBefore is not { } start || new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)) - skew <= now);

    private static void Configure(JwtBearerOptions bearer, BotCredentialsOptions credentials, BotAuthenticationOptions auth, TabOptions tab, PublicUrlOptions publicUrl, TimeProvider time)
    {
        bearer.MapInboundClaims = false;
        var audience = ApplicationIdUri(credentials, tab, publicUrl);
        if (!credentials.HasAppId || audience is null)
        {
            // Without an app id there is no audience to check: every token is turned away, unread.
            bearer.Events = new JwtBearerEvents { OnMessageReceived = context => { context.NoResult(); return Task.CompletedTask; } };
            return;
        }

        // As on /api/messages (TokenIssuerPolicy): every kind of bot but a multi-tenant one belongs to its own tenant.
        var singleTenant = credentials.MicrosoftAppType != BotAppType.MultiTenant && !string.IsNullOrWhiteSpace(credentials.MicrosoftAppTenantId);
        IReadOnlyCollection<string> tenants = singleTenant ? [credentials.MicrosoftAppTenantId!] : [.. auth.AllowedTenantIds];
        bearer.MetadataAddress = auth.EntraOpenIdMetadataUrlTemplate.Replace(
            BotAuthenticationOptions.TenantPlaceholder, singleTenant ? credentials.MicrosoftAppTenantId : "common", StringComparison.Ordinal);
        bearer.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        bearer.AutomaticRefreshInterval = auth.SigningKeyRefreshInterval;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = [audience, credentials.MicrosoftAppId],
            IssuerValidator = (issuer, token, _) => TabIssuer.Validate(issuer, token, tenants),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = auth.ClockSkew,

            // Lifetime by the host's TimeProvider (as /api/messages does), not IdentityModel's own reading of the system clock.
            LifetimeValidator = (notBefore, expires, _, _) => TokenLifetimeOk(notBefore, expires, time.GetUtcNow(), auth.ClockSkew),
        };
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var scopes = context.Principal?.FindFirst("scp")?.Value?.Split(' ') ?? [];
                if (!scopes.Contains(tab.RequiredScope, StringComparer.Ordinal))
                {
                    context.Fail("The token does not carry the tab's scope.");
                }

                return Task.CompletedTask;
            },
        };
    }
}
