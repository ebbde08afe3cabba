namespace OutcomesBot.Dialogs.Exercises.InnovativeSolutions;

/// <summary>The summary: the scenario, then the two solutions one after the other.</summary>
public static class InnovativeSolutionsSummary
{
    public static IReadOnlyList<CardElement> Build(ExerciseAnswers answers, string scenarioName, string scenarioText)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return
        [
            new TextBlock($"Scenario: {scenarioName}") { Weight = "Bolder" },
            new TextBlock(scenarioText) { Spacing = "None", IsSubtle = true },
            new TextBlock("The usual way") { Weight = "Bolder", Spacing = "Medium" },
            new TextBlock(answers[InnovativeSolutionsExercise.UsualField] ?? "-") { Spacing = "None" },
            new TextBlock("Alternative ideas") { Weight = "Bolder", Spacing = "Medium" },
            new TextBlock(answers[InnovativeSolutionsExercise.AlternativesField] ?? "-") { Spacing = "None" },
            Solution(answers, 1, "Best solution"),
            Solution(answers, 2, "Second-best solution"),
        ];
    }

    private static Container Solution(ExerciseAnswers answers, int n, string heading) => new(
    [
        new TextBlock(heading) { Weight = "Bolder" },
        new FactSet([.. InnovativeSolutionsExercise.SolutionParts.Select(p =>
            new Fact(p.Part == "reasons" ? "Why it is good" : p.Label, answers[InnovativeSolutionsExercise.SolutionField(n, p.Part)] ?? "-"))]),
    ])
    {
        Separator = true,
        Spacing = "Medium",
    };
}
