using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>How the scheduled check-ins run. Bound from the <c>CheckInRhythm</c> section and validated on start.</summary>
public sealed class CheckInRhythmOptions : IValidatableObject
{
    public const string Section = "CheckInRhythm";

    /// <summary>How often the reminder planner looks for reminders that have come due; a reminder goes out at most this late.</summary>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReminderScanInterval < TimeSpan.FromSeconds(10) || ReminderScanInterval > TimeSpan.FromHours(6))
        {
            yield return new ValidationResult("CheckInRhythm:ReminderScanInterval must be between 10 seconds and 6 hours.", [nameof(ReminderScanInterval)]);
        }
    }
}
