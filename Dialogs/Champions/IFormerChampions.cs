namespace OutcomesBot.Dialogs.Champions;

/// <summary>
/// Who was a champion of a team when they left it (decision 087): the team, the person's AAD object id (lower case) and
/// whether the team's leaders have been told they are back, nothing else. The team store writes it when it takes a
/// champion off the roster (a sync, or Teams saying they left); it is the person's data (their team memberships).
/// </summary>
public interface IFormerChampions
{
    /// <summary>The former champions of the team whose leaders have not been told they are back.</summary>
    Task<IReadOnlyList<string>> ListUntoldAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Records that the team's leaders were told the person is back; false when it was recorded already.</summary>
    Task<bool> MarkToldAsync(string teamId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Forgets that the person was a champion of the team (they were named again).</summary>
    Task ForgetAsync(string teamId, string aadObjectId, CancellationToken cancellationToken);
}
