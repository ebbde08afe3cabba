using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Momentum.LeaderTab;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The weakest of the guide's 14 conditions for change, with what a leader can do about each. Each condition's figure is
/// its latest in the last four weeks (the pulse rotation asks every condition once in four) or the team's latest four-week
/// period, as already shown by <see cref="MomentumView"/>: nothing here is computed from answers.
/// </summary>
public static class MomentumConditions
{
    public const int Shown = 3;

    /// <summary>Each condition's latest figure, by condition id.</summary>
    public static IReadOnlyDictionary<string, double> Latest(IReadOnlyList<MomentumSnapshot> weeks, IReadOnlyList<MomentumSnapshot> pooled)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(pooled);
        var sources = weeks.TakeLast(PulseRotation.Weeks).Select(w => (End: w.WeekStart.AddDays(7), w.ConditionReadiness))
            .Concat(pooled.Select(p => (End: p.WeekStart.AddDays(7 * MomentumView.PoolWeeks), p.ConditionReadiness)))
            .Where(s => s.ConditionReadiness is not null)
            .OrderBy(s => s.End);
        var latest = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (_, conditions) in sources)
        {
            foreach (var (id, value) in conditions!)
            {
                latest[id] = value;
            }
        }

        return latest;
    }

    public static IEnumerable<CardElement> Weakest(IReadOnlyList<MomentumSnapshot> weeks, IReadOnlyList<MomentumSnapshot> pooled)
    {
        var latest = Latest(weeks, pooled);
        if (latest.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock("Weakest conditions for change") { Weight = "Bolder", Separator = true };
        yield return new TextBlock($"Readiness overall: {Format(latest.Values.Average())} out of 100, from the latest figure for each of the "
            + $"{latest.Count} conditions shown so far (of the guide's 14). The lowest, and what can help:")
        { IsSubtle = true, Spacing = "None" };
        foreach (var (id, value) in latest.OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(Shown))
        {
            yield return LabelledText.Of($"{ChangeReadinessPulse.Find(id)!.Label} ({Format(value)} out of 100)", ConditionAdvice.For(id));
        }
    }

    private static string Format(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture);
}
