using System.ComponentModel.DataAnnotations;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// The address people's browsers reach the bot at, for links the bot hands out (the "my data" download). Bound from
/// the <c>Bot</c> section. Empty: the host of the request the link is made in, which is right for the Playground.
/// </summary>
public sealed class PublicUrlOptions : IValidatableObject
{
    public const string Section = "Bot";

    public string? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && ServiceUrlPattern.IsLoopbackHost(url.Host)))))
        {
            // The link carries a secret token: it must not cross a network in clear text.
            yield return new ValidationResult(
                "Bot:PublicBaseUrl must be an absolute https address, such as https://outcomesbot.example.org (http only for localhost)", [nameof(PublicBaseUrl)]);
        }
    }
}
