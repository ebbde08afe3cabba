namespace OutcomesBot.Dialogs.Momentum;

/// <summary>Counts finished exercises for a group of people, without reading what anyone wrote.</summary>
public interface ITeamExerciseCounts
{
    /// <summary>Exercises completed by any of <paramref name="personIds"/> (Teams user ids) in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<ExerciseCounts> CountCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
