namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The readiness index for each of the 14 conditions and overall, from a period's answers. With the rotation each answer
/// rates only a few conditions, so each person's <b>latest rating of each condition</b> in the period counts (an answer
/// from before the rotation, with all 14, counts for each). A condition's index (0 to 100, as <see cref="ReadinessIndex"/>
/// maps 1 to 5) is shown only when at least <c>minimum</c> different people rated it; the overall index is the mean of the
/// conditions shown, each weighing the same, so a condition asked more often does not outweigh one asked less.
/// </summary>
public static class ConditionReadiness
{
    public static IReadOnlyDictionary<string, double> ByCondition(IEnumerable<CheckInAnswer> answers, int minimum)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var latest = new Dictionary<(string Condition, string Person), (DateTimeOffset At, int Rating)>();
        foreach (var answer in answers)
        {
            foreach (var (condition, rating) in answer.PulseRatings)
            {
                var key = (condition, answer.PersonId);
                if (ChangeReadinessPulse.Find(condition) is not null && (!latest.TryGetValue(key, out var seen) || seen.At <= answer.AnsweredAt))
                {
                    latest[key] = (answer.AnsweredAt, rating);
                }
            }
        }

        return latest.GroupBy(entry => entry.Key.Condition, StringComparer.Ordinal)
            .Where(group => group.Count() >= minimum)
            .ToDictionary(
                group => group.Key,
                group => Math.Round((group.Average(entry => entry.Value.Rating) - 1) / 4 * 100, 1),
                StringComparer.Ordinal);
    }

    /// <summary>The mean of the conditions' indices, or null when none is shown.</summary>
    public static double? Overall(IReadOnlyDictionary<string, double> byCondition)
    {
        ArgumentNullException.ThrowIfNull(byCondition);
        return byCondition.Count == 0 ? null : Math.Round(byCondition.Values.Average(), 1);
    }
}
