using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>Champions' stops of the weekly ask for a story, one row per team and person (AAD object id kept lowered).</summary>
public sealed class SqliteStoryAskStops(SqliteDatabase database) : IStoryAskStops
{
    private readonly SqlitePersonStops<StoryAskStop> _stops = new(database, "story_ask_stops", "team_id", PersonStopShapes.StoryAsks);

    public Task StopAsync(StoryAskStop stop, CancellationToken cancellationToken) => _stops.StopAsync(stop, cancellationToken);

    public Task<bool> ResumeAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        _stops.ResumeAsync(teamId, aadObjectId, cancellationToken);

    public Task<IReadOnlyList<StoryAskStop>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        _stops.ListForScopeAsync(teamId, cancellationToken);

    public Task<IReadOnlyList<StoryAskStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        _stops.ListForPersonAsync(aadObjectId, cancellationToken);
}
