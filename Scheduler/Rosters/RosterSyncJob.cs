namespace OutcomesBot.Scheduler.Rosters;

/// <summary>
/// Syncs rosters in its own DI scope: one team right after the app is installed in it (<see cref="TeamIdKey"/> set), or
/// every team on the daily trigger. A team whose sync fails does not stop the others; the next run tries it again.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RosterSyncJob(IServiceScopeFactory scopes, ILogger<RosterSyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("roster-sync", "teams");
    public const string TeamIdKey = "teamId";
    public const string InstallerKey = "installer";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var sync = scope.ServiceProvider.GetRequiredService<IRosterSync>();
        var data = context.MergedJobDataMap;
        var teamId = data.GetString(TeamIdKey);
        IEnumerable<string> teamIds = teamId is not null
            ? [teamId]
            : (await scope.ServiceProvider.GetRequiredService<ITeamStore>().ListTeamsAsync(cancellationToken)).Select(t => t.TeamId);
        foreach (var id in teamIds)
        {
            try
            {
                await sync.SyncAsync(id, data.GetString(InstallerKey) is { Length: > 0 } installer ? installer : null, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSyncFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 8106, Level = LogLevel.Warning, Message = "The roster sync of a team failed.")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception);
}
