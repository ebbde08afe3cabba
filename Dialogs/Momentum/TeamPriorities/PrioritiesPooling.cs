using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// Pools members' training-priorities audits by the momentum rule (decisions 010, 018, 031, 049). Only audits finished in
/// weeks that are over count (Monday to Monday UTC), each member once (their latest). The first pool a team's leaders see
/// is the replay of <see cref="Pool"/>; every pool shown is kept (<see cref="IShownPrioritiesStore"/>), and a new one is
/// shown only when, by what the kept pools say, at least the threshold of people's audits differ from each of them
/// (<see cref="Fresh"/>): new, redone, or gone because someone left the team or deleted their data. So no roster change,
/// deletion or single audit lets a leader subtract two pools to find one person's ratings.
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

    /// <summary>
    /// The pool to show and keep now, or null when the last one shown (<see cref="LastShown"/>) stands. With nothing shown
    /// yet it is <see cref="Pool"/>'s replay. Afterwards it is the members' latest audits finished before this week, but
    /// only when this week has no pool yet, at least <paramref name="minimumPeople"/> audits are in it, and at least that
    /// many people's audits differ from each pool in <paramref name="shown"/>, by a bound that needs no one's id.
    /// </summary>
    public static PooledPriorities? Fresh(IReadOnlyList<PooledPriorities> shown, IReadOnlyList<MemberAudit> audits, int minimumPeople, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(audits);
        if (shown.Count == 0)
        {
            return Pool(audits, minimumPeople, now);
        }

        var asOf = MomentumWeeks.StartOf(now);
        var latest = Latest(audits.Where(a => a.CompletedAt < asOf)).Values.ToList();
        return latest.Count >= minimumPeople && shown.All(before => before.AsOf < asOf && FewestChanged(before, latest) >= minimumPeople)
            ? new PooledPriorities(latest.Count, asOf, Counts(latest))
            : null;
    }

    /// <summary>The last pool shown, while it still pools at least <paramref name="minimumPeople"/> audits (the threshold may have been raised since).</summary>
    public static PooledPriorities? LastShown(IReadOnlyList<PooledPriorities> shown, int minimumPeople)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return shown.Count > 0 && shown[^1].People >= minimumPeople ? shown[^1] : null;
    }

    /// <summary>The learning needs a finished audit rated a priority.</summary>
    public static IReadOnlySet<string> PrioritiesOf(Exercises.ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return LearningNeed.All.Where(need => answers.Number(need.FieldId) >= PriorityRating).Select(need => need.FieldId).ToHashSet(StringComparer.Ordinal);
    }

    // The fewest people whose audit is in one pool and not (as it is) in the other, from the kept pool's size and week
    // alone, never who was in it: it held only audits finished before its week, so each audit since is a difference; of
    // its people, those not among the older audits now left, deleted or redid theirs; and a pool bigger by n has at
    // least n people the other lacks. Each is a lower bound, so the largest is too.
    private static int FewestChanged(PooledPriorities before, List<MemberAudit> latest)
    {
        var newer = latest.Count(a => a.CompletedAt >= before.AsOf);
        var older = latest.Count - newer;
        return Math.Max(newer, Math.Max(before.People - older, latest.Count - before.People));
    }

    private static Dictionary<string, MemberAudit> Latest(IEnumerable<MemberAudit> audits) =>
        audits.GroupBy(a => a.MemberId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(a => a.CompletedAt)!, StringComparer.Ordinal);

    private static Dictionary<string, int> Counts(IEnumerable<MemberAudit> audits)
    {
        var list = audits.ToList();
        return LearningNeed.All.ToDictionary(need => need.FieldId, need => list.Count(a => a.Priorities.Contains(need.FieldId)), StringComparer.Ordinal);
    }
}
