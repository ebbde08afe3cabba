using System.Globalization;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The momentum card, sized for a phone: the headline, charts of the weeks with enough answers (in Teams; elsewhere a line
/// pointing at the table), the weakest conditions for change with what helps, a three-column table of the weeks with
/// the rest behind "More for each week", and four-week figures for a team whose weeks are each too small to show. A
/// week with fewer answers than the minimum says so instead of any number from answers.
/// </summary>
public static class MomentumCards
{
    public const string NotShown = "not shown";

    public static AdaptiveCard Momentum(string teamName, IReadOnlyList<MomentumSnapshot> weeks, int minimumAnswers) =>
        Momentum(teamName, weeks, [], minimumAnswers);

    public static AdaptiveCard Momentum(string teamName, IReadOnlyList<MomentumSnapshot> weeks, IReadOnlyList<MomentumSnapshot> pooled, int minimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(pooled);
        var withTotals = weeks.Where(w => w.HasTotals).ToList();
        List<CardElement> body =
        [
            LeaderCards.Heading("Team momentum: " + teamName),
            new TextBlock("The last 12 full weeks, Monday to Sunday. This week appears once it is over, so that no single answer can be told apart.") { IsSubtle = true, Spacing = "None" },
            new TextBlock(MomentumHeadline.For(weeks)) { Weight = "Bolder" },
        ];
        if (withTotals.Count == 0 && pooled.All(p => !p.HasTotals))
        {
            body.Add(new TextBlock($"No week has had {minimumAnswers} or more answers yet, so there are no averages to show."));
        }
        else if (withTotals.Count > 0)
        {
            body.Add(Line("Average confidence (1 to 5)", withTotals.Select(w => Point(w, w.AverageConfidence!.Value)).ToList(), "Confidence"));
            body.Add(Bar("People who answered (%)", withTotals.Where(w => w.ParticipationPercent is not null).Select(w => Point(w, w.ParticipationPercent!.Value)).ToList()));
        }

        body.AddRange(MomentumConditions.Weakest(weeks, pooled));
        body.AddRange(MomentumTables.Pooled(pooled, minimumAnswers));
        body.Add(new TextBlock("Week by week") { Weight = "Bolder", Separator = true });
        body.Add(MomentumTables.Weeks(weeks, minimumAnswers));
        body.Add(new TextBlock($"Averages appear only for weeks when at least {minimumAnswers} people answered. "
            + "What people write is never shown here: type **yousaid** to see it as anonymous themes and respond to the team.")
        { IsSubtle = true, Size = "Small" });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ShowCardAction("More for each week", MomentumTables.MoreCard(weeks)),
                CardActions.Execute("Training priorities", TeamPriorities.TeamPrioritiesVerbs.Open),
            ],
            FallbackText = "Team momentum",
            MsTeams = new TeamsCardProperties(),
        };
    }

    public static string WeekLabel(DateTimeOffset weekStart) => weekStart.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string FewerThan(int minimumAnswers) => $"fewer than {minimumAnswers} answered";

    internal static string Number(double? value, string format = "0.#") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : NotShown;

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ChartDatum Point(MomentumSnapshot week, double value) => new(WeekLabel(week.WeekStart), value);

    // Where charts cannot be drawn, one line instead of a second copy of the table below.
    private static TextBlock ChartFallback(string title) => new($"{title}: the figures are in the table below.") { IsSubtle = true };

    private static LineChart Line(string title, IReadOnlyList<ChartDatum> points, string legend) =>
        new(title, [new LineSeries(legend, points)]) { Fallback = ChartFallback(title) };

    private static BarChart Bar(string title, IReadOnlyList<ChartDatum> points) =>
        new(title, points) { Fallback = ChartFallback(title) };
}
