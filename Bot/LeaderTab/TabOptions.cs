using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// The leaders' tab's sign-in settings, bound from the <c>Tab</c> section. <see cref="ApplicationIdUri"/> is the
/// audience the Teams SSO token must carry: empty means <c>api://{host of Bot:PublicBaseUrl}/{MicrosoftAppId}</c>, what
/// the Azure app registration's "Expose an API" is set to (README).
/// </summary>
public sealed class TabOptions : IValidatableObject
{
    public const string Section = "Tab";

    public string? ApplicationIdUri { get; set; }

    /// <summary>The delegated scope the token must hold (the "scp" claim).</summary>
    [Required]
    public string RequiredScope { get; set; } = "access_as_user";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ApplicationIdUri) && !ApplicationIdUri.StartsWith("api://", StringComparison.Ordinal))
        {
            yield return new ValidationResult("Tab:ApplicationIdUri must start with api://, such as api://outcomesbot.example.org/<app id>", [nameof(ApplicationIdUri)]);
        }
    }
}
