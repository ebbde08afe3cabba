using System.Globalization;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Exercises.RiskRatings;

/// <summary>The risk-taking summary: each risk with its rating and plan, a chart, and the likelihood-by-impact matrix.</summary>
public static class RiskRatingsSummary
{
    public const string EmptyCell = "–";
    public const string MatrixCorner = "Likelihood ↓ · impact →";

    public static IReadOnlyList<CardElement> Build(ExerciseAnswers answers)
    {
        var risks = RatedRisk.From(answers);
        List<CardElement> body = [new TextBlock(risks.Count == 1 ? "You named 1 risk." : $"You named {risks.Count} risks.")];
        var highHigh = risks.Where(r => r.IsHighHigh).ToList();
        if (highHigh.Count > 0)
        {
            body.Add(new Container(
            [
                new TextBlock($"Likely and serious: {string.Join(", ", highHigh.Select(r => r.Category.Name))}. Talk these through with your team first, and check the plan really covers them.")
                {
                    Weight = "Bolder",
                },
            ])
            { Style = "attention" });
        }

        body.AddRange(risks.Select(Entry));
        body.Add(new TextBlock("Likelihood and impact") { Weight = "Bolder", Spacing = "Large" });
        var rated = risks.Where(r => r.Likelihood is not null && r.Impact is not null).ToList();
        if (rated.Count > 0)
        {
            body.Add(Chart(rated));
        }

        body.Add(Matrix(rated));
        return body;
    }

    /// <summary>The 3×3 matrix: rows from high to low likelihood, columns from low to high impact.</summary>
    public static Table Matrix(IReadOnlyList<RatedRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(risks);
        List<TableRow> rows = [TableRow.OfText([MatrixCorner, .. RiskLevel.Ascending.Select(i => $"{RiskLevel.Title(i)} impact")])];
        foreach (var likelihood in RiskLevel.Ascending.Reverse())
        {
            List<TableCell> cells = [new([new TextBlock($"{RiskLevel.Title(likelihood)} likelihood") { Weight = "Bolder" }])];
            foreach (var impact in RiskLevel.Ascending)
            {
                var names = risks.Where(r => r.Likelihood == likelihood && r.Impact == impact).Select(r => r.Category.Name).ToList();
                var danger = names.Count > 0 && likelihood == RiskLevel.High && impact == RiskLevel.High;
                cells.Add(new TableCell([new TextBlock(names.Count == 0 ? EmptyCell : string.Join(", ", names)) { Weight = danger ? "Bolder" : null }])
                {
                    Style = danger ? "attention" : null,
                });
            }

            rows.Add(new TableRow(cells));
        }

        return new Table([new TableColumn(2), new TableColumn(), new TableColumn(), new TableColumn()], rows);
    }

    private static Container Entry(RatedRisk risk) => new(
    [
        new TextBlock(risk.Category.Name) { Weight = "Bolder" },
        new TextBlock(risk.Risk) { Spacing = "None" },
        new FactSet(
        [
            new Fact("Likelihood", RiskLevel.Title(risk.Likelihood)),
            new Fact("Impact", RiskLevel.Title(risk.Impact)),
            new Fact("Approach", risk.Response == RiskRatingsExercise.Manage ? "Manage and support" : risk.Response == RiskRatingsExercise.Reduce ? "Avoid or reduce" : "Not decided"),
            new Fact("Plan", risk.Plan ?? "Not recorded"),
        ]),
    ])
    {
        Separator = true,
        Spacing = "Medium",
        Style = risk.IsHighHigh ? "attention" : null,
    };

    private static BarChart Chart(List<RatedRisk> rated)
    {
        var cells = rated
            .GroupBy(r => (r.Likelihood, r.Impact))
            .OrderByDescending(g => Rank(g.Key.Likelihood)).ThenByDescending(g => Rank(g.Key.Impact))
            .Select(g => (Label: $"{RiskLevel.Title(g.Key.Likelihood)} / {RiskLevel.Title(g.Key.Impact)}", Count: g.Count()))
            .ToList();
        var fallback = new Table([new TableColumn(2), new TableColumn()],
            [TableRow.OfText("Likelihood / impact", "Risks"), .. cells.Select(c => TableRow.OfText(c.Label, c.Count.ToString(CultureInfo.InvariantCulture)))]);
        return new BarChart("Risks by likelihood / impact", [.. cells.Select(c => new ChartDatum(c.Label, c.Count))])
        {
            XAxisTitle = "Likelihood / impact",
            YAxisTitle = "Risks",
            Fallback = fallback,
        };
    }

    private static int Rank(string? level) => level is null ? -1 : RiskLevel.Ascending.ToList().IndexOf(level);
}
