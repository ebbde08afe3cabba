namespace OutcomesBot.Dialogs.Notes;

/// <summary>
/// The groups of one-off notes each person stopped (decision 096). A person's stops are theirs: part of "my data" (shown,
/// downloaded, deleted). AAD object ids are compared ignoring case.
/// </summary>
public interface INoteStops
{
    /// <summary>Records the stop; a second stop of the same group by the same person keeps the first.</summary>
    Task StopAsync(NoteStop stop, CancellationToken cancellationToken);

    /// <summary>Removes the person's stop of the group; true when there was one.</summary>
    Task<bool> ResumeAsync(string aadObjectId, string group, CancellationToken cancellationToken);

    /// <summary>Every stop the person made, by group name.</summary>
    Task<IReadOnlyList<NoteStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Every stop made with that Teams id, by group name: for a note to someone the bot holds no profile of, such as a
    /// person whose stops outlived "delete my data" (decision 104).
    /// </summary>
    Task<IReadOnlyList<NoteStop>> ListForTeamsUserAsync(string teamsUserId, CancellationToken cancellationToken);
}
