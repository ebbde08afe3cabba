namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>Keeps check-in cycles, answers and preferences.</summary>
public interface ICheckInStore
{
    /// <summary>Adds a cycle; a cycle id already stored is left as it is.</summary>
    Task SaveCycleAsync(CheckInCycle cycle, CancellationToken cancellationToken);

    /// <summary>The cycle with that id, or null.</summary>
    Task<CheckInCycle?> GetCycleAsync(string cycleId, CancellationToken cancellationToken);

    /// <summary>
    /// The newest cycle open at <paramref name="time"/> for the person: an ad-hoc cycle of theirs, or a cycle of the team
    /// they last answered for. Null when none is open.
    /// </summary>
    Task<CheckInCycle?> FindOpenCycleAsync(string personId, DateTimeOffset time, CancellationToken cancellationToken);

    /// <summary>
    /// The team's scheduled cycle (not an ad-hoc one) that closed last in (<paramref name="closedAfter"/>,
    /// <paramref name="closedBy"/>], the later opened one on a tie; null when none closed then.
    /// </summary>
    Task<CheckInCycle?> FindLastClosedTeamCycleAsync(string teamId, DateTimeOffset closedAfter, DateTimeOffset closedBy, CancellationToken cancellationToken);

    /// <summary>
    /// The team's scheduled cycles (those with no owner) that opened after <paramref name="openedAfter"/> and by
    /// <paramref name="openedBy"/>, in the order they opened (one query, however long the range). A team cycle ends when
    /// the next one opens (<see cref="CheckInCycleEnd"/>).
    /// </summary>
    Task<IReadOnlyList<CheckInCycle>> ListTeamCyclesAsync(string teamId, DateTimeOffset openedAfter, DateTimeOffset openedBy, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the person's answer to a cycle. There is one answer per person and cycle (a unique key): a later answer
    /// replaces the earlier one, so a retried or duplicated submit never makes a second row. True when it replaced one.
    /// </summary>
    Task<bool> SaveAnswerAsync(CheckInAnswer answer, CancellationToken cancellationToken);

    /// <summary>The person's answer to the cycle, or null.</summary>
    Task<CheckInAnswer?> GetAnswerAsync(string cycleId, string personId, CancellationToken cancellationToken);

    /// <summary>The person's most recent answer in any cycle, or null.</summary>
    Task<CheckInAnswer?> GetLatestAnswerAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Every answer of the person, newest first (what "my data" will show them).</summary>
    Task<IReadOnlyList<CheckInAnswer>> ListAnswersForPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>A team's answers given in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<CheckInAnswer>> ListAnswersAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The person's preferences; defaults (nothing paused, snoozed or opted out) when none are stored.</summary>
    Task<CheckInPreferences> GetPreferencesAsync(string personId, CancellationToken cancellationToken);

    /// <summary>
    /// The preferences of each person named, by person id, as <see cref="GetPreferencesAsync(string, CancellationToken)"/>
    /// gives them (defaults for a person with none stored); a name given twice is read once. The reminder scan's read of a
    /// batch of people (decision 083): a few store requests for the lot, not one each.
    /// </summary>
    Task<IReadOnlyDictionary<string, CheckInPreferences>> GetPreferencesAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    /// <summary>Stores the person's preferences, replacing what was there.</summary>
    Task SavePreferencesAsync(CheckInPreferences preferences, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the preferences rows "delete my data" left bare with a pause (decision 084) whose pause has ended by
    /// <paramref name="now"/>: they stop nothing any more. A kept stop, a pause still running and a row the person has
    /// changed since the delete stay (decision 093). Returns how many went.
    /// </summary>
    Task<int> RemoveEndedKeptPausesAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
