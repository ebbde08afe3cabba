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
    /// At least 32 characters, spaces and invisible ones not counted, of at least 8 different ones, neither a short pattern
    /// repeated nor a run in order (<see cref="LogKeyStrength"/>, decisions 095 and 102); never logged.
    /// </summary>
    [MinLength(32)]
    public string? Key { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Key is { Length: > 0 } key && LogKeyStrength.Problem(key) is { } problem)
        {
            yield return new ValidationResult($"LogIds:Key must be a random value (32 random bytes as base64, say): {problem}.", [nameof(Key)]);
        }
    }
}
