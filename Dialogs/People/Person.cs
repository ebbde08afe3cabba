namespace OutcomesBot.Dialogs.People;

/// <summary>
/// Someone the bot has met. <see cref="TimeZone"/> is the IANA name Teams sends as localTimezone,
/// used to deliver check-ins at the person's own local time.
/// </summary>
public sealed record Person
{
    public required string TeamsUserId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Name { get; init; }
    public string? TenantId { get; init; }
    public string? TimeZone { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }

    /// <summary>
    /// This person as stored after <paramref name="seen"/> (a sighting of them, or of someone new when this is null): the
    /// fields it gives replace the stored ones, those it leaves null are kept, and so is the first-seen time.
    /// </summary>
    public static Person Merge(Person? stored, Person seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        return stored is null
            ? seen with { FirstSeenAt = seen.LastSeenAt }
            : stored with
            {
                AadObjectId = seen.AadObjectId ?? stored.AadObjectId,
                Name = seen.Name ?? stored.Name,
                TenantId = seen.TenantId ?? stored.TenantId,
                TimeZone = seen.TimeZone ?? stored.TimeZone,
                LastSeenAt = seen.LastSeenAt > stored.LastSeenAt ? seen.LastSeenAt : stored.LastSeenAt,
            };
    }
}
