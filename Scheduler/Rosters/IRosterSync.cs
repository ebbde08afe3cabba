namespace OutcomesBot.Scheduler.Rosters;

/// <summary>Reads one team's roster (Graph, or the connector as a fallback) and stores it; implemented by the host.</summary>
public interface IRosterSync
{
    /// <summary>Syncs the team; <paramref name="installerTeamsUserId"/> is who installed the app, when the sync follows an install.</summary>
    Task SyncAsync(string teamId, string? installerTeamsUserId, CancellationToken cancellationToken);
}
