namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// A person's answer to one cycle. Only checked values are ever put here. <see cref="PulseRatings"/> (by
/// <see cref="ChangeReadinessPulse"/> condition id) and <see cref="ReadinessIndex"/> are set only in cycles with the pulse.
/// </summary>
public sealed record CheckInAnswer(
    string CycleId,
    string PersonId,
    string? TeamId,
    int Confidence,
    string? WentWell,
    string? Barrier,
    bool WantsSupport,
    string? SupportFrom,
    IReadOnlyDictionary<string, int> PulseRatings,
    int? ReadinessIndex,
    DateTimeOffset AnsweredAt);
