using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>How the connector client retries, times out and reaches Entra ID.</summary>
public sealed class BotConnectorOptions : IValidatableObject
{
    public const string Section = "BotConnector";

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit for one attempt, not for the whole call with its retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDelay < BaseDelay)
        {
            yield return new ValidationResult("MaxDelay must not be shorter than BaseDelay.", [nameof(MaxDelay)]);
        }

        // MSAL refuses authorities that are not absolute https URLs.
        if (AuthorityHost is not { IsAbsoluteUri: true } || AuthorityHost.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("AuthorityHost must be an absolute https URL.", [nameof(AuthorityHost)]);
        }
    }
}
