using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// The month-by-condition heat map from the raw check-in answers. Each person counts once a month (their latest pulse
/// answer that month); a month's means are shown only when at least the threshold answered the pulse, and a condition's
/// mean only when that many rated it, as the momentum card's rules do for weeks.
/// </summary>
public static class PulseHeatMap
{
    public static IReadOnlyDictionary<string, PulseMonth> ByMonth(IEnumerable<CheckInAnswer> answers, IReadOnlyList<string> months, int minimumAnswers)
    {
        var pulses = answers.Where(a => a.PulseRatings.Count > 0)
            .GroupBy(a => TabMonths.Key(a.AnsweredAt))
            .ToDictionary(g => g.Key, g => g.GroupBy(a => a.PersonId, StringComparer.Ordinal).Select(p => p.MaxBy(a => a.AnsweredAt)!).ToList(), StringComparer.Ordinal);
        return months.ToDictionary(month => month, month => PulseMonthFor(pulses.GetValueOrDefault(month) ?? [], minimumAnswers), StringComparer.Ordinal);
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

    private static PulseMonth PulseMonthFor(List<CheckInAnswer> pulses, int minimumAnswers)
    {
        if (pulses.Count == 0)
        {
            return new PulseMonth(FigureStatus.None, new Dictionary<string, double>());
        }

        if (pulses.Count < minimumAnswers)
        {
            return new PulseMonth(FigureStatus.Hidden, new Dictionary<string, double>());
        }

        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in ChangeReadinessPulse.Conditions.Select(field => ChangeReadinessPulse.ConditionId(field.Id)))
        {
            var ratings = pulses.Where(p => p.PulseRatings.ContainsKey(id)).Select(p => p.PulseRatings[id]).ToList();
            if (ratings.Count >= minimumAnswers)
            {
                means[id] = Math.Round(ratings.Average(), 1);
            }
        }

        return new PulseMonth(FigureStatus.Shown, means);
    }
}
