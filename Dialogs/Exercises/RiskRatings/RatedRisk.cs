namespace OutcomesBot.Dialogs.Exercises.RiskRatings;

/// <summary>A risk the person wrote down, with how they rated it and will handle it.</summary>
public sealed record RatedRisk(RiskCategory Category, string Risk, string? Likelihood, string? Impact, string? Response, string? Plan)
{
    public bool IsHighHigh => Likelihood == RiskLevel.High && Impact == RiskLevel.High;

    /// <summary>
    /// The risks recorded, in the table's order. A category counts only while it has a risk: ratings left behind
    /// after a risk was cleared (by going back) are ignored.
    /// </summary>
    public static IReadOnlyList<RatedRisk> From(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return RiskCategory.All
            .Where(c => answers.Has(c.RiskId))
            .Select(c => new RatedRisk(c, answers[c.RiskId]!, answers[c.LikelihoodId], answers[c.ImpactId], answers[c.ResponseId], answers[c.PlanId]))
            .ToList();
    }
}
