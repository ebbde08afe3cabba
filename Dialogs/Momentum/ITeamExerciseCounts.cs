namespace OutcomesBot.Dialogs.Momentum;

/// <summary>Counts finished exercises for a group of people, without reading what anyone wrote.</summary>
public interface ITeamExerciseCounts
{
    /// <summary>Exercises completed by any of <paramref name="personIds"/> (Teams user ids) in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<ExerciseCounts> CountCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Each exercise finished by any of <paramref name="personIds"/> in [<paramref name="from"/>, <paramref name="to"/>), as its
    /// kind and time only (for the leaders' tab, which counts them by kind and month), oldest first.
    /// </summary>
    Task<IReadOnlyList<ExerciseCompletion>> ListCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
