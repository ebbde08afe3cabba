using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>Settings of action-learning sets, section "LearningSets".</summary>
public sealed class LearningSetOptions : IValidatableObject
{
    public const string Section = "LearningSets";

    /// <summary>The time zone a set's day and time are read in (IANA or Windows id).</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult("LearningSets:TimeZone must be a known time zone id such as Europe/London.", [nameof(TimeZone)]);
        }
    }
}
