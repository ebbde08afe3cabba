using System.Text.Json.Serialization;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// One round of check-ins. A team cycle has a <see cref="TeamId"/>; an ad-hoc cycle, opened when someone types
/// <c>checkin</c> and no cycle is open for them, has an <see cref="OwnerPersonId"/> and the team of their last answer (or none).
/// A cycle with the pulse asks the conditions in <see cref="PulseConditions"/> (the rotation's, <see cref="PulseRotation"/>);
/// a cycle stored before the rotation has none listed and asks all 14, as it did then.
/// </summary>
public sealed record CheckInCycle(string CycleId, string? TeamId, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IncludesPulse)
{
    public string? OwnerPersonId { get; init; }

    /// <summary>The condition ids this cycle's pulse asks, in card order; null for every condition.</summary>
    public IReadOnlyList<string>? PulseConditions { get; init; }

    /// <summary>The pulse statements the card shows and the server accepts: none without the pulse.</summary>
    [JsonIgnore]
    public IReadOnlyList<ScaleField> AskedConditions => !IncludesPulse
        ? []
        : PulseConditions is null
            ? ChangeReadinessPulse.Conditions
            : PulseConditions.Select(ChangeReadinessPulse.Find).OfType<ScaleField>().ToList();

    public bool IsOpenAt(DateTimeOffset time) => time >= OpensAt && time < ClosesAt;
}
