namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// One card of an exercise: a title, optional guidance and context (a scenario, feedback on earlier answers),
/// and the fields to fill. A step with <see cref="When"/> is shown only when it holds for the answers so far.
/// </summary>
public sealed record ExerciseStep(string Id, string Title, IReadOnlyList<ExerciseField> Fields)
{
    public string? Guidance { get; init; }

    /// <summary>Extra elements above the fields, built from the answers so far.</summary>
    public Func<ExerciseAnswers, IReadOnlyList<CardElement>>? Context { get; init; }

    /// <summary>Whether the step applies, given the answers so far; null means always.</summary>
    public Func<ExerciseAnswers, bool>? When { get; init; }

    public bool AppliesTo(ExerciseAnswers answers) => When?.Invoke(answers) ?? true;
}
