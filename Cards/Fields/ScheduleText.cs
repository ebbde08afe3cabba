using System.Globalization;

namespace OutcomesBot.Cards.Fields;

/// <summary>
/// Reads the day, time and time zone people give when they set a rhythm (check-ins, learning sets, the story digest),
/// the same way everywhere. Pure functions.
/// </summary>
public static class ScheduleText
{
    private const int MaxZoneLength = 64;

    /// <summary>A day's English name in any case ("monday", "Monday"); numbers such as "1", which Enum.TryParse would take, are refused.</summary>
    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        day = default;
        text = text?.Trim();
        return !string.IsNullOrEmpty(text) && text.All(char.IsLetter) && Enum.TryParse(text, ignoreCase: true, out day) && Enum.IsDefined(day);
    }

    /// <summary>A time on the 24-hour clock as hours and minutes: "09:30", or "9:30" as people often type it.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>True for a time zone id this machine knows (IANA such as Europe/London), of a length we are willing to store.</summary>
    public static bool IsKnownZone(string? zoneId) =>
        !string.IsNullOrWhiteSpace(zoneId) && zoneId.Length <= MaxZoneLength && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _);
}
