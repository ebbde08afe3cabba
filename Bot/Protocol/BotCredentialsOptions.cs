using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Protocol;

/// <summary>
/// The bot's Azure identity, under the .NET Bot Framework's conventional top-level keys
/// (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType).
/// With no MicrosoftAppId the bot runs for local development with token validation off.
/// </summary>
public sealed class BotCredentialsOptions : IValidatableObject
{
    public const string Section = "";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HasAppId)
        {
            yield break;
        }

        if (MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult(
                "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.",
                [nameof(MicrosoftAppTenantId)]);
        }

        if (MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                "MicrosoftAppPassword is required unless MicrosoftAppType is UserAssignedMSI.",
                [nameof(MicrosoftAppPassword)]);
        }
    }
}
