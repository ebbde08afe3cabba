namespace OutcomesBot.Bot.Teams;

/// <summary>
/// When a team's leaders were last told that a Graph permission is missing, so that a daily sync does not nag. Holds
/// team ids and permission names only, nothing about a person. Only Bot uses it, so the port lives here.
/// </summary>
public interface IPermissionNoticeLog
{
    /// <summary>
    /// True, and the notice recorded as sent now, when none for the same permissions went out since <paramref name="now"/>
    /// minus <paramref name="quiet"/>; of two callers racing for the same notice, exactly one gets true.
    /// </summary>
    Task<bool> TryClaimAsync(string teamId, string permissions, DateTimeOffset now, TimeSpan quiet, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose notice could not be sent, so that the next sync tries again.</summary>
    Task ReleaseAsync(string teamId, string permissions, CancellationToken cancellationToken);
}
