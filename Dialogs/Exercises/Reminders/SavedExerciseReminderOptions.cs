using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Dialogs.Exercises.Reminders;

/// <summary>The one gentle reminder for an exercise saved for later. Bound from the <c>Reminders</c> section and validated on start.</summary>
public sealed class SavedExerciseReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>How long a run must lie untouched (since its last save) before its one reminder.</summary>
    public TimeSpan SavedExerciseAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>False: no saved-exercise reminder is queued or sent, for anyone.</summary>
    public bool SavedExerciseEnabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SavedExerciseAfter < TimeSpan.FromHours(1) || SavedExerciseAfter > TimeSpan.FromDays(90))
        {
            yield return new ValidationResult("Reminders:SavedExerciseAfter must be between 1 hour and 90 days.", [nameof(SavedExerciseAfter)]);
        }
    }
}
