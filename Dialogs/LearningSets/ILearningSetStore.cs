namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>Action-learning sets, their rounds' answers, and which rounds are summarised.</summary>
public interface ILearningSetStore
{
    /// <summary>Stores a new set; false when the id exists.</summary>
    Task<bool> TryAddAsync(LearningSet set, CancellationToken cancellationToken);

    Task<LearningSet?> GetAsync(string setId, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the set's first round from <paramref name="from"/> to <paramref name="to"/> ("start the first round now");
    /// false when it no longer starts at <paramref name="from"/> (another press moved it first) or the set is gone.
    /// </summary>
    Task<bool> TryMoveFirstRoundAsync(string setId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the set ended (decision 078) after the last round it opened, or after <paramref name="afterRound"/> when its
    /// opened rounds were not recorded (decision 080); false when it had already ended (a second press, or two at once) or
    /// is gone, so only the first caller goes on to stop it. Read the set again for the round it ended after.
    /// </summary>
    Task<bool> TryEndAsync(string setId, int afterRound, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records that round <paramref name="round"/> opened, only while the set has not ended (decision 080): false when it
    /// has ended or is gone, so a firing that read the set just before an end posts nothing. Opening a round again (a
    /// refiring) is true and changes nothing.
    /// </summary>
    Task<bool> TryOpenRoundAsync(string setId, int round, CancellationToken cancellationToken);

    /// <summary>The team's sets, oldest first (for the leaders' tab, which counts rounds and answers).</summary>
    Task<IReadOnlyList<LearningSet>> ListForTeamAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>How many members answered each round of the set, by round number; rounds nobody answered are left out.</summary>
    Task<IReadOnlyDictionary<int, int>> CountAnswersAsync(string setId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the member's answer for the round.</summary>
    Task SaveAnswerAsync(LearningAnswer answer, CancellationToken cancellationToken);

    /// <summary>Removes the member's answer for the round (they withdrew it); false when they had none.</summary>
    Task<bool> RemoveAnswerAsync(string setId, int round, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The round's answers, by name.</summary>
    Task<IReadOnlyList<LearningAnswer>> ListAnswersAsync(string setId, int round, CancellationToken cancellationToken);

    /// <summary>Marks the round summarised; true only for the first caller, so a summary is posted once.</summary>
    Task<bool> TryMarkSummarisedAsync(string setId, int round, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>True once the round has been summarised (answers are closed).</summary>
    Task<bool> IsSummarisedAsync(string setId, int round, CancellationToken cancellationToken);
}
