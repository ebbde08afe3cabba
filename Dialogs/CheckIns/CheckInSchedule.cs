namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>A team's check-in rhythm: a weekday and a local time in an IANA time zone (for example <c>Europe/London</c>).</summary>
public sealed record CheckInSchedule(string TeamId, CheckInCadence Cadence, DayOfWeek Day, TimeOnly LocalTime, string TimeZoneId);
