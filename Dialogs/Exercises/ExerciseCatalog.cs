using OutcomesBot.Dialogs.Exercises.EffectiveFeedback;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.ProgressChart;
using OutcomesBot.Dialogs.Exercises.RiskRatings;
using OutcomesBot.Dialogs.Exercises.SupportedLeadership;

namespace OutcomesBot.Dialogs.Exercises;

/// <summary>The exercises in the order the menu lists them: the guide's order.</summary>
public static class ExerciseCatalog
{
    public static IReadOnlyList<IExercise> All { get; } =
    [
        new RiskRatingsExercise(),
        new ProgressChartExercise(),
        new EffectiveFeedbackExercise(),
        new LearningLogExercise(),
        new SupportedLeadershipExercise(),
    ];
}
