namespace OutcomesBot.Cards.Fields;

/// <summary>
/// The time-zone list of the rhythm and learning-set forms, so nobody types "Europe/London": the zones the form needs to
/// offer (the current value, the person's own, the team's), then the tenant's usual zones (most common first), then a
/// short list of common ones. Only zones this machine knows are offered, each once.
/// </summary>
public static class ZoneChoices
{
    /// <summary>How many of the tenant's zones are offered before the common ones.</summary>
    public const int TenantZones = 12;

    private static readonly string[] Common =
    [
        "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Amsterdam", "Europe/Stockholm",
        "Europe/Warsaw", "Europe/Athens", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
        "Australia/Sydney", "Pacific/Auckland", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Toronto", "Etc/UTC",
    ];

    public static IReadOnlyList<Choice> For(IEnumerable<string?> first, IEnumerable<string> tenantZones) =>
        first.Concat(tenantZones).Concat(Common)
            .Where(ScheduleText.IsKnownZone)
            .Select(zone => zone!)
            .Distinct(StringComparer.Ordinal)
            .Select(zone => new Choice(Label(zone), zone))
            .ToList();

    /// <summary>The first zone of <paramref name="candidates"/> this machine knows, else <paramref name="fallback"/>.</summary>
    public static string Default(string fallback, params string?[] candidates) =>
        candidates.FirstOrDefault(ScheduleText.IsKnownZone) ?? fallback;

    /// <summary>"Europe/London" as people read it, "Europe / London"; the id itself stays the value.</summary>
    public static string Label(string zone) => zone.Replace("_", " ", StringComparison.Ordinal).Replace("/", " / ", StringComparison.Ordinal);
}
