using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// The key of the hashed ids in logs (decision 089), bound from <c>LogIds</c>. Unset (the default): the bot makes one on
/// its first start and keeps it in its store. Set it (from a key vault, say) to choose it, or to share it between stores.
/// </summary>
public sealed class LoggedIdHashOptions : IValidatableObject
{
    public const string Section = "LogIds";

    /// <summary>
    /// Fewer different characters than this (blank, "aaaa...", "abab..."), and a key of any length is one that can be
    /// guessed, which names people in the logs as a hash with no key did (decision 095). 32 random bytes as base64 have
    /// about 28; as hex, 16.
    /// </summary>
    public const int MinDistinctCharacters = 8;

    /// <summary>At least 32 characters, of at least <see cref="MinDistinctCharacters"/> different ones; never logged.</summary>
    [MinLength(32)]
    public string? Key { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Key is { Length: > 0 } key && key.Where(c => !char.IsWhiteSpace(c)).Distinct().Count() < MinDistinctCharacters)
        {
            yield return new ValidationResult(
                $"LogIds:Key must be a random value (32 random bytes as base64, say): it has fewer than {MinDistinctCharacters} different characters.",
                [nameof(Key)]);
        }
    }
}
