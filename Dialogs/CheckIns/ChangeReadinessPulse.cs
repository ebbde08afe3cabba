namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The monthly pulse: the conditions the guide (section 2.5) lists under which people meet change with enthusiasm,
/// each rated 1 (not at all) to 5 (completely) as statements about the move to outcomes-focused practice.
/// </summary>
public static class ChangeReadinessPulse
{
    private const string Prefix = "pulse-";

    public static IReadOnlyList<ScaleField> Conditions { get; } =
    [
        Condition("involved", "I have had a say in how we are changing the way we work."),
        Condition("heard", "My views about the change are listened to."),
        Condition("benefit-me", "The change is good for me in my own work."),
        Condition("benefit-organisation", "The change is good for our organisation."),
        Condition("benefit-community", "The change is good for the people and communities we support."),
        Condition("status-quo", "I am not happy to keep doing things the old way."),
        Condition("competence", "I feel able to do what the change asks of me."),
        Condition("big-picture", "I can see how the change fits the bigger picture."),
        Condition("support-time", "I am given the support and time I need."),
        Condition("pace", "We are not being asked to change too much at once."),
        Condition("spacing", "Changes are spaced out so we can settle into each."),
        Condition("reasons", "I understand why we are making the change."),
        Condition("important", "I believe the change matters."),
        Condition("necessary", "I believe the change is needed."),
    ];

    /// <summary>The condition with that id, or null.</summary>
    public static ScaleField? Find(string conditionId) => Conditions.FirstOrDefault(field => field.Id == FieldId(conditionId));

    /// <summary>The field id of a condition on the card.</summary>
    public static string FieldId(string conditionId) => Prefix + conditionId;

    /// <summary>The condition id of a pulse field id.</summary>
    public static string ConditionId(string fieldId)
    {
        ArgumentNullException.ThrowIfNull(fieldId);
        return fieldId.StartsWith(Prefix, StringComparison.Ordinal) ? fieldId[Prefix.Length..] : fieldId;
    }

    private static ScaleField Condition(string id, string statement) => new(FieldId(id), statement, "not at all", "completely");
}
