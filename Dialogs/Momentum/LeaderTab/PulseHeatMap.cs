using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// The month-by-condition heat map, added up from the month's frozen weeks (decision 048): a condition's cell is the mean
/// of the figures its weeks showed for it (readiness by condition, 0 to 100, each person's latest rating of it that week,
/// shown only when at least the threshold rated it), put back on the pulse's 1 to 5. Nothing is read from the answers, so a
/// cell holds nothing a leader could not already see on the weeks, and cannot move once they are frozen.
/// </summary>
public static class PulseHeatMap
{
    /// <summary>
    /// One month: hidden until all its weeks are over; shown when any week showed a condition; otherwise hidden when
    /// someone answered the pulse in it (<paramref name="anyPulse"/>) and none when nobody did.
    /// </summary>
    public static PulseMonth ForMonth(IEnumerable<MomentumSnapshot> weeks, bool ended, bool anyPulse)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var means = weeks.SelectMany(w => w.ConditionReadiness ?? new Dictionary<string, double>())
            .GroupBy(figure => figure.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(1 + (g.Average(figure => figure.Value) / 25), 1), StringComparer.Ordinal);
        var status = !ended ? FigureStatus.Hidden : means.Count > 0 ? FigureStatus.Shown : anyPulse ? FigureStatus.Hidden : FigureStatus.None;
        return new PulseMonth(status, status == FigureStatus.Shown ? means : new Dictionary<string, double>());
    }

    /// <summary>Each condition's mean over the shown months (each month weighs the same), and the three weakest.</summary>
    public static IReadOnlyList<PulseCondition> Conditions(IEnumerable<PulseMonth> cells)
    {
        var shown = cells.Where(c => c.Status == FigureStatus.Shown).ToList();
        var means = ChangeReadinessPulse.Conditions.Select(field => ChangeReadinessPulse.ConditionId(field.Id)).ToDictionary(
            id => id,
            id => shown.Where(c => c.Means.ContainsKey(id)).Select(c => c.Means[id]).DefaultIfEmpty(double.NaN).Average(),
            StringComparer.Ordinal);
        var weakest = means.Where(m => !double.IsNaN(m.Value)).OrderBy(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(3).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return ChangeReadinessPulse.Conditions.Select(field =>
        {
            var id = ChangeReadinessPulse.ConditionId(field.Id);
            double? mean = double.IsNaN(means[id]) ? null : Math.Round(means[id], 2);
            return new PulseCondition(id, field.Label, ConditionAdvice.For(id), mean, weakest.Contains(id));
        }).ToList();
    }
}
