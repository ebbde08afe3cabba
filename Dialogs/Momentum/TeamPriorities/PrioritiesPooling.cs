using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// Pools members' training-priorities audits by the momentum rule (decisions 010, 018, 031). Only audits finished in
/// weeks that are over count (Monday to Monday UTC), each member once (their latest). The pool is first shown when at
/// least the threshold of members are in it, and afterwards moves on only at a week's end by which at least the
/// threshold of members have a new or newer audit than the pool shown before. So a leader who looks before and after one
/// more audit sees the same figures, and two pools they saw differ by at least the threshold of people, never by one.
/// The walk is replayed from the stored audits on every read, so nothing extra is stored.
/// </summary>
public static class PrioritiesPooling
{
    /// <summary>A rating of this or more counts as a priority (the guide's scale: 1 low need, 5 high).</summary>
    public const int PriorityRating = 4;

    /// <summary>The pool to show, or null while fewer than <paramref name="minimumPeople"/> members finished an audit in a finished week.</summary>
    public static PooledPriorities? Pool(IReadOnlyList<MemberAudit> audits, int minimumPeople, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var current = MomentumWeeks.StartOf(now);
        var finished = audits.Where(a => a.CompletedAt < current).ToList();
        var weekEnds = finished.Select(a => MomentumWeeks.StartOf(a.CompletedAt).AddDays(7)).Distinct().Order();
        Dictionary<string, MemberAudit>? shown = null;
        var shownAt = DateTimeOffset.MinValue;
        foreach (var end in weekEnds)
        {
            var state = Latest(finished.Where(a => a.CompletedAt < end));
            var changed = shown is null ? state.Count : state.Count(pair => !shown.TryGetValue(pair.Key, out var before) || before.CompletedAt != pair.Value.CompletedAt);
            if (changed >= minimumPeople)
            {
                (shown, shownAt) = (state, end);
            }
        }

        return shown is null ? null : new PooledPriorities(shown.Count, shownAt, Counts(shown.Values));
    }

    /// <summary>How many different members have an audit finished in a week that is over (what the card says while below the threshold).</summary>
    public static int PeopleSoFar(IReadOnlyList<MemberAudit> audits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var current = MomentumWeeks.StartOf(now);
        return audits.Where(a => a.CompletedAt < current).Select(a => a.MemberId).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>The learning needs a finished audit rated a priority.</summary>
    public static IReadOnlySet<string> PrioritiesOf(Exercises.ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return LearningNeed.All.Where(need => answers.Number(need.FieldId) >= PriorityRating).Select(need => need.FieldId).ToHashSet(StringComparer.Ordinal);
    }

    private static Dictionary<string, MemberAudit> Latest(IEnumerable<MemberAudit> audits) =>
        audits.GroupBy(a => a.MemberId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(a => a.CompletedAt)!, StringComparer.Ordinal);

    private static Dictionary<string, int> Counts(IEnumerable<MemberAudit> audits)
    {
        var list = audits.ToList();
        return LearningNeed.All.ToDictionary(need => need.FieldId, need => list.Count(a => a.Priorities.Contains(need.FieldId)), StringComparer.Ordinal);
    }
}
