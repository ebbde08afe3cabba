using OutcomesBot.Dialogs.Exercises.AskingQuestions;
using OutcomesBot.Dialogs.Exercises.ChallengesChart;
using OutcomesBot.Dialogs.Exercises.EffectiveFeedback;
using OutcomesBot.Dialogs.Exercises.InnovativeSolutions;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.OutcomesBasics;
using OutcomesBot.Dialogs.Exercises.ProgressChart;
using OutcomesBot.Dialogs.Exercises.RiskRatings;
using OutcomesBot.Dialogs.Exercises.SupportedLeadership;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Dialogs.Exercises;

/// <summary>The exercises in the order the menu lists them: the guide's order.</summary>
public static class ExerciseCatalog
{
    public static IReadOnlyList<IExercise> All { get; } =
    [
        new TrainingPrioritiesExercise(),
        new OutcomesBasicsExercise(),
        new ChallengesChartExercise(),
        new AskingQuestionsExercise(),
        new InnovativeSolutionsExercise(),
        new RiskRatingsExercise(),
        new ProgressChartExercise(),
        new EffectiveFeedbackExercise(),
        new LearningLogExercise(),
        new SupportedLeadershipExercise(),
    ];
}
