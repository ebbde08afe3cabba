namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>Keeps each team's check-in rhythm as its leader set it. A team with no row has check-ins switched off.</summary>
public interface ITeamRhythmStore
{
    /// <summary>The team's rhythm, or null when none is set.</summary>
    Task<CheckInSchedule?> GetAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Sets or replaces the team's rhythm; <paramref name="setBy"/> is the leader's AAD object id.</summary>
    Task SaveAsync(CheckInSchedule schedule, string setBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Switches the team's rhythm off. False when it had none.</summary>
    Task<bool> RemoveAsync(string teamId, CancellationToken cancellationToken);
}
