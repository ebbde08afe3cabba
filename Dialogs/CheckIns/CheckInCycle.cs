namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// One round of check-ins. A team cycle has a <see cref="TeamId"/>; an ad-hoc cycle, opened when someone types
/// <c>checkin</c> and no cycle is open for them, has an <see cref="OwnerPersonId"/> and the team of their last answer (or none).
/// </summary>
public sealed record CheckInCycle(string CycleId, string? TeamId, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IncludesPulse)
{
    public string? OwnerPersonId { get; init; }

    public bool IsOpenAt(DateTimeOffset time) => time >= OpensAt && time < ClosesAt;
}
