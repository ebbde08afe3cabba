using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>A finished training-priorities audit: every learning need rated 2 except the ones given (by their index in <see cref="LearningNeed.All"/>).</summary>
internal static class FinishedAudit
{
    public static ExerciseSession By(string personId, DateTimeOffset at, IReadOnlyDictionary<int, int> ratings)
    {
        var values = LearningNeed.All.ToDictionary(need => need.FieldId, _ => "2", StringComparer.Ordinal);
        values["when"] = "before";
        foreach (var (index, rating) in ratings)
        {
            values[LearningNeed.All[index].FieldId] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"),
            PersonId = personId,
            ExerciseId = TrainingPrioritiesExercise.Id,
            Status = ExerciseSessionStatus.Completed,
            StepIndex = 2,
            Answers = new ExerciseAnswers(values),
            Version = 1,
            StartedAt = at.AddMinutes(-5),
            UpdatedAt = at,
            CompletedAt = at,
        };
    }
}
