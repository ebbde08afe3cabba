using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Turns;

/// <summary>Limits of the /api/messages pipeline.</summary>
public sealed class TurnOptions : IValidatableObject
{
    public const string Section = "Turns";

    /// <summary>How long one turn may run. Teams gives up (and retries) after 15 s, so stay below that.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    [Range(4096, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long processed activity ids are remembered for de-duplication.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TurnTimeout <= TimeSpan.Zero || TurnTimeout > TimeSpan.FromMinutes(2))
        {
            yield return new ValidationResult("Turns:TurnTimeout must be between 0 and 2 minutes.", [nameof(TurnTimeout)]);
        }

        if (DeduplicationWindow < TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("Turns:DeduplicationWindow must be at least 5 minutes.", [nameof(DeduplicationWindow)]);
        }
    }
}
