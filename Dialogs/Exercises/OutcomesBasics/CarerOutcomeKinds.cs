namespace OutcomesBot.Dialogs.Exercises.OutcomesBasics;

/// <summary>The four groups of outcomes that matter to unpaid carers, from the guide's Table 2 (exercise one), as choice values.</summary>
public static class CarerOutcomeKinds
{
    public const string CaredFor = "carer-cared-for";
    public const string OwnLife = "carer-own-life";
    public const string CaringRole = "carer-caring-role";
    public const string Process = "carer-process";

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new("Life of the person cared for", CaredFor),
        new("The carer's own life", OwnLife),
        new("Managing the caring role", CaringRole),
        new("How services work with the carer", Process),
    ];
}
