using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>Where the signing keys for incoming tokens come from, and how strictly tokens are judged.</summary>
public sealed class BotAuthenticationOptions : IValidatableObject
{
    public const string Section = "BotAuthentication";

    public const string TenantPlaceholder = "{tenant}";

    [Required]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary><c>{tenant}</c> becomes MicrosoftAppTenantId, or <c>common</c> for a multi-tenant bot.</summary>
    [Required]
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    // The lower bound is the smallest automatic refresh interval IdentityModel's ConfigurationManager accepts;
    // the upper bound is the protocol's "refresh at least every 24 h".
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:00", "00:15:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Only tests turn this off, to serve keys from an http loopback server.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>When not empty, only activities from these tenants are accepted.</summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>
    /// URL prefixes the bot accepts as an activity's serviceUrl and sends its token to; a host may start with <c>*.</c>.
    /// Empty: <see cref="ServiceUrlAllowList.Default"/>. Entries replace the default, they do not add to it.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];

    /// <summary>The channels whose activities are accepted. Empty: <c>msteams</c> only (on other channels the client sets from.id).</summary>
    public IList<string> AllowedChannelIds { get; } = [];

    /// <summary>With no MicrosoftAppId, run without token validation outside the Development environment (loopback only).</summary>
    public bool AllowUnauthenticatedLocalMode { get; set; }

    /// <summary>The channel ids in force: the configured ones, or <c>msteams</c>.</summary>
    public IReadOnlyList<string> EffectiveChannelIds() => AllowedChannelIds.Count > 0 ? [.. AllowedChannelIds] : ["msteams"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, url) in new[]
        {
            (nameof(BotFrameworkOpenIdMetadataUrl), BotFrameworkOpenIdMetadataUrl),
            (nameof(EntraOpenIdMetadataUrlTemplate), EntraOpenIdMetadataUrlTemplate.Replace(TenantPlaceholder, "common", StringComparison.Ordinal)),
        })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                yield return new ValidationResult($"{name} must be an absolute http(s) URL.", [name]);
            }
            else if (RequireHttpsMetadata && uri.Scheme != Uri.UriSchemeHttps)
            {
                yield return new ValidationResult($"{name} must use https unless RequireHttpsMetadata is false.", [name]);
            }
        }

        foreach (var entry in AllowedServiceUrls)
        {
            if (ServiceUrlPattern.Parse(entry, out var problem) is null)
            {
                yield return new ValidationResult($"{nameof(AllowedServiceUrls)}: {problem}.", [nameof(AllowedServiceUrls)]);
            }
        }

        if (!EntraOpenIdMetadataUrlTemplate.Contains(TenantPlaceholder, StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                $"{nameof(EntraOpenIdMetadataUrlTemplate)} must contain {TenantPlaceholder}.",
                [nameof(EntraOpenIdMetadataUrlTemplate)]);
        }
    }
}
