namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// One team's week, as anonymous numbers. <see cref="WeekStart"/> is Monday 00:00 UTC (<see cref="MomentumWeeks"/>).
/// The answer aggregates (<see cref="AverageConfidence"/>, <see cref="ConfidenceChange"/>, <see cref="ReadinessIndex"/>,
/// <see cref="SupportRequests"/>) are null unless at least <see cref="MinimumAnswers"/> people answered, so that nothing
/// about one person can be worked out from them, then or later.
/// </summary>
public sealed record MomentumSnapshot
{
    public required string TeamId { get; init; }
    public required DateTimeOffset WeekStart { get; init; }
    public int Members { get; init; }
    public int Answered { get; init; }

    /// <summary>The threshold in force when the week was computed.</summary>
    public int MinimumAnswers { get; init; }

    public double? AverageConfidence { get; init; }

    /// <summary>Average confidence minus the previous week's, when both weeks had enough answers.</summary>
    public double? ConfidenceChange { get; init; }

    /// <summary>Mean readiness index (0 to 100) of the pulses answered that week, when enough people answered the pulse.</summary>
    public double? ReadinessIndex { get; init; }

    /// <summary>
    /// The readiness index of each condition rated by at least <see cref="MinimumAnswers"/> people that week
    /// (<see cref="CheckIns.ConditionReadiness"/>); null for a week without totals or stored before the rotation.
    /// </summary>
    public IReadOnlyDictionary<string, double>? ConditionReadiness { get; init; }

    public int? SupportRequests { get; init; }
    public int ExercisesCompleted { get; init; }
    public int LearningLogEntries { get; init; }

    /// <summary>
    /// The exercises finished that week by exercise id, kept under the same rule as <see cref="ExercisesCompleted"/>: empty
    /// when nobody finished one, null when fewer than <see cref="MinimumAnswers"/> people did (or for a week stored before
    /// the leaders' tab took its months from the weeks, decision 048).
    /// </summary>
    public IReadOnlyDictionary<string, int>? ExercisesByKind { get; init; }

    public DateTimeOffset ComputedAt { get; init; }

    public bool HasTotals => AverageConfidence is not null;

    public int? ParticipationPercent =>
        Members > 0 ? (int)Math.Round(Math.Min(Answered, Members) * 100.0 / Members, MidpointRounding.AwayFromZero) : null;
}
