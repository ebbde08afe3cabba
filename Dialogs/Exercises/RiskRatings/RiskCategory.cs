namespace OutcomesBot.Dialogs.Exercises.RiskRatings;

/// <summary>One row of the guide's risks table: whose risk it is, and a prompt to get the person thinking.</summary>
/// <param name="Key">Prefix of the category's field ids, e.g. "carers" for "carers-risk".</param>
/// <param name="Name">Short name used in the summary and the matrix.</param>
/// <param name="Title">The title of the category's step.</param>
/// <param name="Question">What the step asks.</param>
/// <param name="Prompt">Placeholder with an example, in our own words.</param>
public sealed record RiskCategory(string Key, string Name, string Title, string Question, string Prompt)
{
    public string RiskId => $"{Key}-risk";
    public string LikelihoodId => $"{Key}-likelihood";
    public string ImpactId => $"{Key}-impact";
    public string ResponseId => $"{Key}-response";
    public string PlanId => $"{Key}-plan";

    /// <summary>The five categories, in the order of the guide's table.</summary>
    public static IReadOnlyList<RiskCategory> All { get; } =
    [
        new("people", "People receiving support", "Risks to people receiving support", "What could go wrong for the person you support?",
            "e.g. a fall while doing something they love, or feeling let down if a plan does not work out"),
        new("carers", "Unpaid carers", "Risks to unpaid carers", "What could go wrong for family or friends who care for them?",
            "e.g. more worry, or picking up extra tasks when plans change"),
        new("provider", "The provider", "Risks to the provider", "What could go wrong for the organisation providing support?",
            "e.g. its good name if something goes wrong, or too few resources to carry plans through"),
        new("practitioner", "The practitioner", "Risks to the practitioner", "What could go wrong for you or the worker involved?",
            "e.g. being blamed when a new idea fails, or looking unsure of what you are doing"),
        new("status-quo", "Keeping the status quo", "Risks of keeping the status quo", "What is the risk of carrying on as things are?",
            "e.g. people held back from what they could do, or habits kept only because they are habits"),
    ];
}
