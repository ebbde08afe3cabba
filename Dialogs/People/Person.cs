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
}
