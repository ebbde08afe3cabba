using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Dialogs.Exercises;

/// <summary>The exercises in the order the menu lists them: the guide's order.</summary>
public static class ExerciseCatalog
{
    public static IReadOnlyList<IExercise> All { get; } =
    [
        new LearningLogExercise(),
    ];
}
