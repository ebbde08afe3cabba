namespace OutcomesBot.Dialogs.Momentum;

/// <summary>The one-line summary at the top of the momentum card: confidence now against four weeks earlier.</summary>
public static class MomentumHeadline
{
    private const double Steady = 0.1;

    public static string For(IReadOnlyList<MomentumSnapshot> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var latest = weeks.LastOrDefault(w => w.HasTotals);
        if (latest is null)
        {
            return "Not enough answers yet to show a trend.";
        }

        var earlier = weeks.FirstOrDefault(w => w.WeekStart == latest.WeekStart.AddDays(-28));
        if (earlier is not { HasTotals: true })
        {
            return $"Average confidence was {Format(latest.AverageConfidence!.Value)} out of 5 in the week of {MomentumCards.WeekLabel(latest.WeekStart)}; "
                + "there are not enough answers from four weeks before to compare.";
        }

        var now = latest.AverageConfidence!.Value;
        var before = earlier.AverageConfidence!.Value;
        var change = now - before;
        var direction = Math.Abs(change) < Steady ? "steady" : change > 0 ? "up" : "down";
        return direction == "steady"
            ? $"Confidence is steady at {Format(now)} out of 5, the same as four weeks before."
            : $"Confidence is {direction}: {Format(now)} out of 5, compared with {Format(before)} four weeks before.";
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
