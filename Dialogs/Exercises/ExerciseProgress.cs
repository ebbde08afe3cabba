namespace OutcomesBot.Dialogs.Exercises;

/// <summary>Which step comes next or before, skipping the steps that do not apply to the answers.</summary>
public static class ExerciseProgress
{
    public static int? NextStep(IExercise exercise, int from, ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        for (var index = from + 1; index < exercise.Steps.Count; index++)
        {
            if (exercise.Steps[index].AppliesTo(answers))
            {
                return index;
            }
        }

        return null;
    }

    public static int? PreviousStep(IExercise exercise, int from, ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        for (var index = from - 1; index >= 0; index--)
        {
            if (exercise.Steps[index].AppliesTo(answers))
            {
                return index;
            }
        }

        return null;
    }
}
