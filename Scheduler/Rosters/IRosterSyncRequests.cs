namespace OutcomesBot.Scheduler.Rosters;

/// <summary>Asks for a team's roster sync to run now, in the background, so that an install turn answers Teams at once.</summary>
public interface IRosterSyncRequests
{
    /// <summary>Queues the team's sync; it runs in its own scope after the turn has answered.</summary>
    Task RequestAsync(string teamId, string? installerTeamsUserId, CancellationToken cancellationToken);
}
