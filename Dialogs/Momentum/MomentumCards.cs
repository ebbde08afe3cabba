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
    public const string WeeksAgo = "Weeks ago";

    public static AdaptiveCard Momentum(string teamName, IReadOnlyList<MomentumSnapshot> weeks, int minimumAnswers) =>
        Momentum(teamName, weeks, [], minimumAnswers);

    public static AdaptiveCard Momentum(string teamName, IReadOnlyList<MomentumSnapshot> weeks, IReadOnlyList<MomentumSnapshot> pooled, int minimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(pooled);
        var withTotals = weeks.Where(w => w.HasTotals).ToList();
        List<CardElement> body =
        [
            Heading.Of("Team momentum: " + teamName),
            new TextBlock("The last 12 full weeks, Monday to Sunday. This week appears once it is over, so that no single answer can be told apart.") { IsSubtle = true, Spacing = "None" },
            new TextBlock(MomentumHeadline.For(weeks)) { Weight = "Bolder" },
        ];
        if (withTotals.Count == 0 && pooled.All(p => !p.HasTotals))
        {
            body.Add(new TextBlock($"No week has had {minimumAnswers} or more answers yet, so there are no averages to show."));
        }
        else if (withTotals.Count > 0)
        {
            var lastWeek = weeks[^1].WeekStart;
            body.AddRange(Line("Average confidence (1 to 5)", withTotals.Select(w => Point(w, lastWeek, w.AverageConfidence!.Value)).ToList(), "Confidence"));
            body.AddRange(Bar("People who answered (%)", withTotals.Where(w => w.ParticipationPercent is not null).Select(w => Point(w, lastWeek, w.ParticipationPercent!.Value)).ToList()));
        }

        body.AddRange(MomentumConditions.Weakest(weeks, pooled));
        body.AddRange(MomentumTables.Pooled(pooled, minimumAnswers));
        body.Add(new TextBlock("Week by week") { Weight = "Bolder", Separator = true });
        body.Add(MomentumTables.Weeks(weeks, minimumAnswers));
        body.Add(Notice.Of($"Averages appear only for weeks when at least {minimumAnswers} people answered. "
            + "What people write is never shown here: type **yousaid** to see it as anonymous themes and respond to the team."));
        return FullWidthCard.Create(
            body,
            [
                new ShowCardAction("More for each week", MomentumTables.MoreCard(weeks)),
                CardActions.Execute("Training priorities", TeamPriorities.TeamPrioritiesVerbs.Open),
            ],
            "Team momentum");
    }

    public static string WeekLabel(DateTimeOffset weekStart) => weekStart.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string FewerThan(int minimumAnswers) => $"fewer than {minimumAnswers} answered";

    internal static string Number(double? value, string format = "0.#") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : NotShown;

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The x label of a chart: how many weeks ago, "1" for the latest week. Twelve labels share about 260 px at 400 px
    /// wide, so a date ("7 Sep") is cut to "7…"; one or two digits read in full, and the table gives the dates.
    /// </summary>
    public static string WeeksAgoLabel(DateTimeOffset weekStart, DateTimeOffset latestWeekStart) =>
        Count(((int)Math.Round((latestWeekStart - weekStart).TotalDays / 7)) + 1);

    private static ChartDatum Point(MomentumSnapshot week, DateTimeOffset latestWeekStart, double value) =>
        new(WeeksAgoLabel(week.WeekStart, latestWeekStart), value);

    // Where charts cannot be drawn, one line instead of a second copy of the table below.
    private static TextBlock ChartFallback(string title) => new("No chart here: the figures are in the table below.") { IsSubtle = true };

    // A chart's own title is not drawn by every client (the Playground draws none), so each chart has a caption above it.
    private static TextBlock Caption(string title) =>
        new($"{title}, by weeks ago (1 is last week)") { Weight = "Bolder", Size = "Small" };

    private static CardElement[] Line(string title, IReadOnlyList<ChartDatum> points, string legend) =>
    [
        Caption(title),
        new LineChart(title, [new LineSeries(legend, points)]) { XAxisTitle = WeeksAgo, YAxisTitle = legend, Fallback = ChartFallback(title) },
    ];

    private static CardElement[] Bar(string title, IReadOnlyList<ChartDatum> points) =>
    [
        Caption(title),
        new BarChart(title, points) { XAxisTitle = WeeksAgo, YAxisTitle = "%", Fallback = ChartFallback(title) },
    ];
}
