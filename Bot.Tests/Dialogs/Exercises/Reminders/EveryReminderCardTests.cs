using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises.Reminders;

/// <summary>
/// Every card of the saved-exercise reminder, for <see cref="OutcomesBot.Bot.Tests.Support.CardGallery"/>: the validator,
/// height and broken-word tests draw them with the others. The reminder names the longest exercise title.
/// </summary>
public static class EveryReminderCardTests
{
    internal static IReadOnlyList<AdaptiveCard> Gather()
    {
        var longest = ExerciseCatalog.All.MaxBy(exercise => exercise.Info.Title.Length)!;
        var at = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);
        var run = new ExerciseSession
        {
            SessionId = "0192f0c4a5b67c8d9e0f1a2b3c4d5e6f",
            PersonId = "person-0",
            ExerciseId = longest.Info.Id,
            Status = ExerciseSessionStatus.InProgress,
            StepIndex = 1,
            Version = 3,
            StartedAt = at.AddDays(-8),
            UpdatedAt = at.AddDays(-7),
        };
        var learningLog = run with { ExerciseId = LearningLogExercise.Id };
        return
        [
            SavedExerciseReminderCards.Reminder(longest, run),
            SavedExerciseReminderCards.Reminder(new LearningLogExercise(), learningLog),
            SavedExerciseReminderCards.TurnedOff(),
            SavedExerciseReminderCards.TurnedOn(),
        ];
    }
}
