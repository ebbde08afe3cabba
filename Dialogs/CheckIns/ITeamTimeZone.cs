namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>A team's own time zone: the one its leader chose for the check-in rhythm.</summary>
public interface ITeamTimeZone
{
    /// <summary>The team's IANA zone id, or null while the team has no rhythm.</summary>
    Task<string?> GetAsync(string teamId, CancellationToken cancellationToken);
}
