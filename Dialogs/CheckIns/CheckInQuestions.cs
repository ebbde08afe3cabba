namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>The questions of the check-in card, as the exercises' typed fields so the server checks every value.</summary>
public static class CheckInQuestions
{
    public static ScaleField Confidence { get; } =
        new("confidence", "How confident do you feel working in an outcomes-focused way right now?", "not confident", "very confident");

    public static TextField WentWell { get; } = new("went-well", "One thing that went well", Required: false, MaxLength: 500)
    {
        Placeholder = "A conversation, a plan, a small win…",
    };

    public static TextField Barrier { get; } = new("barrier", "One thing that got in the way", Required: false, MaxLength: 500)
    {
        // The guide's feedback section (2.5.1) asks for a balanced view: barriers, and ideas to get past them.
        Placeholder = "Time, systems, a habit… and, if you have one, an idea to get past it",
    };

    public static ToggleField WantsSupport { get; } = new("wants-support", "Support", "I would like some support with this (you choose who to ask next)");

    /// <summary>Every field the card may carry, in the order the card shows them.</summary>
    public static IEnumerable<ExerciseField> All(CheckInCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return [Confidence, WentWell, Barrier, WantsSupport, .. cycle.AskedConditions];
    }
}
