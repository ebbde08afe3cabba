namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// When a person receives a cycle's check-in and its reminders, always in their own local time: on a working day and
/// outside quiet hours. Pure: every method takes the times and zones it needs.
/// </summary>
public sealed class CheckInTiming(CheckInOptions options)
{
    /// <summary>
    /// When the person receives the check-in of the cycle the team's rhythm opens on <paramref name="cycleDate"/> (the
    /// team's local date): the rhythm's time on that date in the person's zone (the team's when theirs is unknown), moved
    /// out of quiet hours and non-working days.
    /// </summary>
    public DateTimeOffset Delivery(DateOnly cycleDate, TimeOnly rhythmTime, string? personTimeZone, string teamTimeZone)
    {
        var zone = Zone(personTimeZone, teamTimeZone);
        return ToInstant(NextAllowed(cycleDate.ToDateTime(rhythmTime)), zone);
    }

    /// <summary>
    /// The reminder times for a check-in delivered at <paramref name="delivery"/>: the configured working days later at the
    /// same local time, each moved out of quiet hours and non-working days; at most two.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> ReminderPlan(DateTimeOffset delivery, string? personTimeZone, string teamTimeZone)
    {
        var zone = Zone(personTimeZone, teamTimeZone);
        var local = TimeZoneInfo.ConvertTime(delivery, zone).DateTime;
        return options.EffectiveReminderWorkingDays.Take(2)
            .Select(days => ToInstant(NextAllowed(AddWorkingDays(local, days)), zone))
            .ToList();
    }

    /// <summary>
    /// The next planned reminder due for this person and cycle, or null: none once they answered or opted out, none after
    /// the plan's reminders were sent or the cycle closed; a pause or snooze moves it to when that ends. A reminder at the
    /// end of a snooze (<see cref="SnoozeReminder"/>) counts as sent, so it takes the place of the next planned one.
    /// </summary>
    public DateTimeOffset? NextReminder(CheckInCycle cycle, DateTimeOffset delivery, CheckInPreferences preferences, bool answered, string? personTimeZone, string teamTimeZone)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(preferences);
        var plan = ReminderPlan(delivery, personTimeZone, teamTimeZone);
        var sent = preferences.RemindersSentFor(cycle.CycleId);
        if (answered || preferences.OptedOut || sent >= plan.Count)
        {
            return null;
        }

        var due = plan[sent];
        foreach (var until in new[] { preferences.PausedUntil, preferences.SnoozedUntil })
        {
            if (until is { } end && end > due)
            {
                due = MoveToAllowed(end, personTimeZone, teamTimeZone);
            }
        }

        return due < cycle.ClosesAt ? due : null;
    }

    /// <summary>
    /// When the reminder promised by the person's snooze is due (the card said "I will remind you ..."): the snooze's end,
    /// or a pause's when that ends later, moved into allowed hours. Null when they answered or opted out, when the snooze
    /// ended before this check-in came (the check-in itself waited for it), or when the cycle closes first. It comes
    /// beyond the planned reminders, once per snooze: the caller knows whether this snooze's reminder was already queued.
    /// </summary>
    public DateTimeOffset? SnoozeReminder(CheckInCycle cycle, DateTimeOffset delivery, CheckInPreferences preferences, bool answered, string? personTimeZone, string teamTimeZone)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(preferences);
        if (answered || preferences.OptedOut || preferences.SnoozedUntil is not { } end || end <= delivery)
        {
            return null;
        }

        var due = MoveToAllowed(preferences.PausedUntil > end ? preferences.PausedUntil.Value : end, personTimeZone, teamTimeZone);
        return due < cycle.ClosesAt ? due : null;
    }

    /// <summary>"Until tomorrow morning": the next working day after <paramref name="now"/>'s local date at the morning time.</summary>
    public DateTimeOffset TomorrowMorning(DateTimeOffset now, string? personTimeZone, string teamTimeZone)
    {
        var zone = Zone(personTimeZone, teamTimeZone);
        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(1);
        return ToInstant(NextAllowed(tomorrow.ToDateTime(options.MorningAt)), zone);
    }

    /// <summary>The instant itself when it falls in working hours, otherwise the next moment that does.</summary>
    public DateTimeOffset MoveToAllowed(DateTimeOffset time, string? personTimeZone, string teamTimeZone)
    {
        var zone = Zone(personTimeZone, teamTimeZone);
        return ToInstant(NextAllowed(TimeZoneInfo.ConvertTime(time, zone).DateTime), zone);
    }

    /// <summary>The person's zone, else the team's, else UTC when neither name is known to this machine.</summary>
    /// <summary>The zone a person's own dates are shown in: theirs, as Teams last told us, or UTC when it never has.</summary>
    public static TimeZoneInfo PersonZone(string? personTimeZone) => Zone(personTimeZone, TimeZoneInfo.Utc.Id);

    public static TimeZoneInfo Zone(string? personTimeZone, string teamTimeZone)
    {
        foreach (var id in new[] { personTimeZone, teamTimeZone })
        {
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }

    private DateTime NextAllowed(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        var date = DateOnly.FromDateTime(local);
        if (InQuietHours(time))
        {
            // After the evening start the quiet hours end tomorrow; in the early morning they end today.
            if (options.QuietHoursStart > options.QuietHoursEnd && time >= options.QuietHoursStart)
            {
                date = date.AddDays(1);
            }

            time = options.QuietHoursEnd;
        }

        while (!options.EffectiveWorkingDays.Contains(date.DayOfWeek))
        {
            date = date.AddDays(1);
        }

        return date.ToDateTime(time);
    }

    private bool InQuietHours(TimeOnly time) => options.QuietHoursStart > options.QuietHoursEnd
        ? time >= options.QuietHoursStart || time < options.QuietHoursEnd
        : time >= options.QuietHoursStart && time < options.QuietHoursEnd;

    private DateTime AddWorkingDays(DateTime local, int days)
    {
        var date = DateOnly.FromDateTime(local);
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (options.EffectiveWorkingDays.Contains(date.DayOfWeek))
            {
                added++;
            }
        }

        return date.ToDateTime(TimeOnly.FromDateTime(local));
    }

    /// <summary>A local wall time as an instant; a time skipped by a clock change moves forward by the gap.</summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }
}
