using System.Globalization;

namespace OutcomesBot.TurnBench;

/// <summary>The median of one figure over the repeats of a phase, with its lowest and highest value.</summary>
public sealed record Spread(double Median, double Min, double Max)
{
    public static Spread? Of(IReadOnlyList<PhaseResult> repeats, Func<PhaseResult, double> figure)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        if (repeats.Count == 0)
        {
            return null;
        }

        var sorted = repeats.Select(figure).Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }

    /// <summary>"1624.3 (1500.2–1700.9)", or the value alone when there was one repeat.</summary>
    public string Text(string format) =>
        Min == Max ? Median.ToString(format, CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}
