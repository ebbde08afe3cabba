namespace OutcomesBot.Dialogs.Exercises;

/// <summary>Keeps people's exercise runs, each readable only through its owner's id.</summary>
public interface IExerciseSessionStore
{
    /// <summary>The run with that id if it belongs to <paramref name="personId"/>; null otherwise.</summary>
    Task<ExerciseSession?> GetAsync(string personId, string sessionId, CancellationToken cancellationToken);

    /// <summary>The person's unfinished run of an exercise, or null.</summary>
    Task<ExerciseSession?> FindInProgressAsync(string personId, string exerciseId, CancellationToken cancellationToken);

    /// <summary>The person's runs, newest first; optionally of one exercise and one status.</summary>
    Task<IReadOnlyList<ExerciseSession>> ListAsync(string personId, string? exerciseId, ExerciseSessionStatus? status, CancellationToken cancellationToken);

    /// <summary>Adds a new run (version 1); false if the person already has one in progress for that exercise.</summary>
    Task<bool> TryAddAsync(ExerciseSession session, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="session"/> only if the stored version is still <paramref name="expectedVersion"/>,
    /// and sets its version to expectedVersion + 1. False means someone else saved first: reload and decide again.
    /// </summary>
    Task<bool> TryUpdateAsync(ExerciseSession session, long expectedVersion, CancellationToken cancellationToken);
}
