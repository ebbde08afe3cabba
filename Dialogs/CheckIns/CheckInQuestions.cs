using OutcomesBot.Dialogs.Exercises.Fields;

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

    public static ToggleField WantsSupport { get; } = new("wants-support", "Support", "I would like some support with this");

    /// <summary>
    /// Required only when the person wants support, which the card cannot express, so the card leaves it optional and
    /// <see cref="CheckInDialog"/> checks it.
    /// </summary>
    public static TextField SupportFrom { get; } = new("support-from", "If you would like support: from whom?", Required: false, MaxLength: 200)
    {
        Placeholder = "My team leader, a colleague, a practice champion…",
        Multiline = false,
    };

    /// <summary>Every field the card may carry, in the order the card shows them.</summary>
    public static IEnumerable<ExerciseField> All(CheckInCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return [Confidence, WentWell, Barrier, WantsSupport, SupportFrom, .. cycle.AskedConditions];
    }
}
