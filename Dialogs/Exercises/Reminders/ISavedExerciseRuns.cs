namespace OutcomesBot.Dialogs.Exercises.Reminders;

/// <summary>Finds, across everyone, the runs still in progress whose last save is old enough for a reminder.</summary>
public interface ISavedExerciseRuns
{
    /// <summary>
    /// At most <paramref name="pageSize"/> runs in progress last saved at or before <paramref name="savedBy"/>, in
    /// ascending order of session id, after <paramref name="afterSessionId"/> (null: from the start).
    /// </summary>
    Task<IReadOnlyList<ExerciseSession>> ListSavedAsync(DateTimeOffset savedBy, string? afterSessionId, int pageSize, CancellationToken cancellationToken);
}
