namespace OutcomesBot.Dialogs.Exercises;

/// <summary>One of the guide's exercises: its steps, and the summary of what a person recorded.</summary>
public interface IExercise
{
    /// <summary>Title, purpose and duration for the menu and intro card.</summary>
    ExerciseInfo Info { get; }

    /// <summary>Every step in order; steps whose condition does not hold for the answers are skipped.</summary>
    IReadOnlyList<ExerciseStep> Steps { get; }

    /// <summary>The summary card's body: what was recorded, and what follows from it.</summary>
    IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers);
}
