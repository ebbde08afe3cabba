namespace OutcomesBot.Dialogs.Exercises;

/// <summary>Where a run of an exercise stands.</summary>
public enum ExerciseSessionStatus
{
    InProgress,
    Completed,
    Cancelled,
}
