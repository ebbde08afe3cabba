using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Champions' stops of the weekly ask for a story: one entity per stop, partitioned by team (the digest reads its team's
/// partition once per run), keyed by lower-case AAD object id, and stamped with the person for "my data".
/// </summary>
public sealed class AzureStoryAskStops(AzureTableSet tables) : IStoryAskStops
{
    public const string TableName = "storyaskstops";

    private readonly AzurePersonStops<StoryAskStop> _stops =
        new(tables, TableName, PersonStopShapes.StoryAsks, (teamId, aadObjectId) => (Partition(teamId), AzureKeys.Aad(aadObjectId)));

    public Task StopAsync(StoryAskStop stop, CancellationToken cancellationToken) => _stops.StopAsync(stop, cancellationToken);

    public Task<bool> ResumeAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        _stops.ResumeAsync(teamId, aadObjectId, cancellationToken);

    public Task<IReadOnlyList<StoryAskStop>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        _stops.ListForScopeAsync(AzureFilters.Partition(Partition(teamId)), cancellationToken);

    // Few rows, read only by the person's own "ask me for stories": a filtered scan by the person's stamp.
    public Task<IReadOnlyList<StoryAskStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        _stops.ListForPersonAsync(AzureFilters.Compare(AzurePersonalStamp.PersonAad, "eq", aadObjectId.ToLowerInvariant()), cancellationToken);

    // The team id comes from the ask card's data.
    private static string Partition(string teamId) => AzureKeys.Escape(AzureKeyPart.Checked(teamId));
}
