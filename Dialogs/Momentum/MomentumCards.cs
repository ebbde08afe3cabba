using System.Globalization;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The momentum card: charts of the weeks with enough answers, each falling back to a table of its own numbers, and a
/// table of every week. A week with fewer answers than the minimum shows that instead of any number from answers.
/// </summary>
public static class MomentumCards
{
    public static AdaptiveCard Momentum(string teamName, IReadOnlyList<MomentumSnapshot> weeks, int minimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var withTotals = weeks.Where(w => w.HasTotals).ToList();
        List<CardElement> body =
        [
            LeaderCards.Heading("Team momentum: " + teamName),
            new TextBlock("The last 12 finished weeks, each from Monday (UTC). This week shows once it has finished, so that no single answer can be told apart.") { IsSubtle = true, Spacing = "None" },
            new TextBlock(MomentumHeadline.For(weeks)) { Weight = "Bolder" },
        ];
        if (withTotals.Count == 0)
        {
            body.Add(new TextBlock($"No week has had {minimumAnswers} or more answers yet, so there are no averages to show.") { Wrap = true });
        }
        else
        {
            body.Add(Line("Average confidence (1 to 5)", withTotals.Select(w => Point(w, w.AverageConfidence!.Value)).ToList(), "Confidence"));
            body.Add(Bar("People who answered (%)", withTotals.Where(w => w.ParticipationPercent is not null).Select(w => Point(w, w.ParticipationPercent!.Value)).ToList()));
            var readiness = withTotals.Where(w => w.ReadinessIndex is not null).Select(w => Point(w, Math.Round(w.ReadinessIndex!.Value, MidpointRounding.AwayFromZero))).ToList();
            if (readiness.Count > 0)
            {
                body.Add(Line("Readiness for change (0 to 100)", readiness, "Readiness"));
            }
        }

        body.Add(new TextBlock("Week by week") { Weight = "Bolder", Separator = true });
        body.Add(WeekTable(weeks, minimumAnswers));
        body.Add(new TextBlock($"Averages appear only for weeks when at least {minimumAnswers} people answered. "
            + "What people write is never shown here: type **yousaid** to see it as anonymous themes and respond to the team.")
        { IsSubtle = true, Size = "Small" });
        return new AdaptiveCard { Body = body, FallbackText = "Team momentum", MsTeams = new TeamsCardProperties() };
    }

    public static string WeekLabel(DateTimeOffset weekStart) => weekStart.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string FewerThan(int minimumAnswers) => $"fewer than {minimumAnswers} answered";

    private static Table WeekTable(IReadOnlyList<MomentumSnapshot> weeks, int minimumAnswers)
    {
        List<TableRow> rows = [TableRow.OfText("Week", "Answered", "Confidence", "Readiness", "Asked for support", "Exercises (learning log)")];
        foreach (var week in weeks)
        {
            var label = WeekLabel(week.WeekStart);
            rows.Add(week.HasTotals
                ? TableRow.OfText(label, $"{week.Answered} of {week.Members} ({week.ParticipationPercent}%)", Number(week.AverageConfidence), Number(week.ReadinessIndex, "F0"),
                    Number(week.SupportRequests), Exercises(week))
                : TableRow.OfText(label, FewerThan(minimumAnswers), "-", "-", "-", Exercises(week)));
        }

        return new Table([new TableColumn(2), new TableColumn(3), new TableColumn(2), new TableColumn(2), new TableColumn(2), new TableColumn(2)], rows);
    }

    private static string Exercises(MomentumSnapshot week) => $"{Count(week.ExercisesCompleted)} ({Count(week.LearningLogEntries)})";

    private static ChartDatum Point(MomentumSnapshot week, double value) => new(WeekLabel(week.WeekStart), value);

    private static LineChart Line(string title, IReadOnlyList<ChartDatum> points, string legend) =>
        new(title, [new LineSeries(legend, points)]) { Fallback = SeriesTable(title, points) };

    private static BarChart Bar(string title, IReadOnlyList<ChartDatum> points) =>
        new(title, points) { Fallback = SeriesTable(title, points) };

    private static Table SeriesTable(string title, IReadOnlyList<ChartDatum> points) =>
        new([new TableColumn(), new TableColumn()], [TableRow.OfText("Week", title), .. points.Select(p => TableRow.OfText(p.X, Number(p.Y)))]);

    private static string Number(double? value, string format = "0.#") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Number(int? value) => value is { } v ? Count(v) : "-";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
