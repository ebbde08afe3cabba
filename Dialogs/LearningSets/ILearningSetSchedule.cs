namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>Keeps a set's rounds on the scheduler: one firing per round and one to close the last.</summary>
public interface ILearningSetSchedule
{
    /// <summary>Schedules every round of the set (replacing an earlier schedule of the same set).</summary>
    Task ScheduleAsync(LearningSet set, CancellationToken cancellationToken);

    /// <summary>Runs the firing of round <paramref name="round"/> now, as its trigger would (its prompt is queued once, whoever runs it).</summary>
    Task RunRoundNowAsync(LearningSet set, int round, CancellationToken cancellationToken);

    /// <summary>
    /// Stops an ended set (<see cref="LearningSet.EndedAt"/> set): removes its trigger, summarises the round that was open,
    /// and says in the channel that the set was ended.
    /// </summary>
    Task EndAsync(LearningSet set, bool byStarter, CancellationToken cancellationToken);
}
