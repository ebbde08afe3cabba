using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>Check-in timing and privacy defaults. Bound from the <c>CheckIns</c> section and validated on start.</summary>
public sealed class CheckInOptions : IValidatableObject
{
    public const string Section = "CheckIns";

    // The two lists default to null rather than to their values: the configuration binder appends to a list it finds
    // filled, so a configured "Saturday, Sunday" would otherwise become all seven days.

    /// <summary>Days check-ins and reminders may arrive, in the person's local time; Monday to Friday when not set.</summary>
    public List<DayOfWeek>? WorkingDays { get; set; }

    /// <summary>Local time quiet hours begin; nothing arrives from then until <see cref="QuietHoursEnd"/>.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(20, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>Working days after delivery on which reminders come, at most two; 1 and 3 when not set.</summary>
    public List<int>? ReminderWorkingDays { get; set; }

    public IReadOnlyList<DayOfWeek> EffectiveWorkingDays => WorkingDays ?? [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public IReadOnlyList<int> EffectiveReminderWorkingDays => ReminderWorkingDays ?? [1, 3];

    /// <summary>"Snooze" without a choice puts the check-in off by this long.</summary>
    public TimeSpan SnoozeFor { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Local time "until tomorrow morning" means.</summary>
    public TimeOnly MorningAt { get; set; } = new(9, 0);

    /// <summary>How long "pause" stops check-ins.</summary>
    public TimeSpan PauseFor { get; set; } = TimeSpan.FromDays(28);

    /// <summary>How long an ad-hoc cycle (someone typing <c>checkin</c> with none open) stays open.</summary>
    public TimeSpan AdHocCycleLength { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Leaders see team totals only when at least this many people answered.</summary>
    [Range(LowestMinimumAnswers, 100, ErrorMessage = "CheckIns:MinimumAnswersForTotals must be between 5 and 100.")]
    public int MinimumAnswersForTotals { get; set; } = LowestMinimumAnswers;

    /// <summary>The lowest threshold allowed (decision 010): the setting may go higher, never lower.</summary>
    public const int LowestMinimumAnswers = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WorkingDays is { Count: 0 })
        {
            yield return new ValidationResult("CheckIns:WorkingDays needs at least one day.", [nameof(WorkingDays)]);
        }

        if (QuietHoursStart == QuietHoursEnd)
        {
            yield return new ValidationResult("CheckIns:QuietHoursStart and QuietHoursEnd must differ.", [nameof(QuietHoursStart)]);
        }

        var reminders = EffectiveReminderWorkingDays;
        if (reminders.Count > 2 || reminders.Any(d => d is < 1 or > 10) || !reminders.SequenceEqual(reminders.Order().Distinct()))
        {
            yield return new ValidationResult("CheckIns:ReminderWorkingDays must hold at most two increasing days from 1 to 10.", [nameof(ReminderWorkingDays)]);
        }

        if (SnoozeFor < TimeSpan.FromMinutes(15) || SnoozeFor > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("CheckIns:SnoozeFor must be between 15 minutes and 1 day.", [nameof(SnoozeFor)]);
        }

        if (PauseFor < TimeSpan.FromDays(1) || PauseFor > TimeSpan.FromDays(180) || AdHocCycleLength < TimeSpan.FromHours(1) || AdHocCycleLength > TimeSpan.FromDays(31))
        {
            yield return new ValidationResult("CheckIns:PauseFor must be 1 to 180 days and CheckIns:AdHocCycleLength 1 hour to 31 days.", [nameof(PauseFor)]);
        }
    }
}
