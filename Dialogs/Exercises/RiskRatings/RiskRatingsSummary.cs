namespace OutcomesBot.Dialogs.Exercises.RiskRatings;

/// <summary>
/// The risk-taking summary: each risk with its rating and plan, and the likelihood-by-impact matrix. (A bar chart of
/// counts per rating used to sit beside the matrix; it said nothing the matrix does not, so it went.)
/// </summary>
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

        body.AddRange(risks.Select((risk, i) => Entry(risk, i + 1)));
        body.Add(new TextBlock("Likelihood and impact, by the risks' numbers") { Weight = "Bolder", Spacing = "Large" });
        body.Add(Matrix(risks));
        return body;
    }

    /// <summary>
    /// The 3×3 matrix: rows from high to low likelihood, columns from low to high impact, each cell holding the numbers of
    /// its risks (their place in <paramref name="risks"/>, from 1, as the entries above it are numbered). Numbers rather
    /// than names keep the four columns from breaking words on a phone (decision 031); unrated risks are left out.
    /// </summary>
    public static Table Matrix(IReadOnlyList<RatedRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(risks);
        List<TableRow> rows = [TableRow.OfText([MatrixCorner, .. RiskLevel.Ascending.Select(i => $"{RiskLevel.Title(i)} impact")])];
        foreach (var likelihood in RiskLevel.Ascending.Reverse())
        {
            List<TableCell> cells = [new([new TextBlock($"{RiskLevel.Title(likelihood)} likelihood") { Weight = "Bolder" }])];
            foreach (var impact in RiskLevel.Ascending)
            {
                var names = risks.Select((r, i) => (Risk: r, Number: i + 1))
                    .Where(r => r.Risk.Likelihood == likelihood && r.Risk.Impact == impact)
                    .Select(r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .ToList();
                var danger = names.Count > 0 && likelihood == RiskLevel.High && impact == RiskLevel.High;
                cells.Add(new TableCell([new TextBlock(names.Count == 0 ? EmptyCell : string.Join(", ", names)) { Weight = danger ? "Bolder" : null }])
                {
                    Style = danger ? "attention" : null,
                });
            }

            rows.Add(new TableRow(cells));
        }

        return new Table([new TableColumn(3), new TableColumn(2), new TableColumn(2), new TableColumn(2)], rows);
    }

    private static string Heading(RatedRisk risk, int number) => $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)} · {risk.Category.Name}";

    private static Container Entry(RatedRisk risk, int number) => new(
    [
        new TextBlock(Heading(risk, number)) { Weight = "Bolder" },
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
}
