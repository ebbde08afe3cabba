using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Champions' stops of the weekly ask for a story: one entity per stop, partitioned by team (the digest reads its team's
/// partition once per run), keyed by lower-case AAD object id, and stamped with the person for "my data".
/// </summary>
public sealed class AzureStoryAskStops(AzureTableSet tables) : AzureTableStore(tables, TableName), IStoryAskStops
{
    public const string TableName = "storyaskstops";

    public async Task StopAsync(StoryAskStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        // An insert, so a second stop keeps the first (as SQLite's ON CONFLICT DO NOTHING).
        var stored = stop with { AadObjectId = stop.AadObjectId.ToLowerInvariant() };
        await Table.TryAsync(AzureWrite.Insert(AzureData.Entity(Partition(stop.TeamId), AzureKeys.Aad(stop.AadObjectId), stored).AboutPerson(stop.TeamsUserId, stop.AadObjectId)), cancellationToken);
    }

    public Task<bool> ResumeAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.DeleteAny(Partition(teamId), AzureKeys.Aad(aadObjectId)), cancellationToken);

    public async Task<IReadOnlyList<StoryAskStop>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(Partition(teamId)), cancellationToken)).Select(AzureData.Read<StoryAskStop>)
            .OrderBy(stop => stop.AadObjectId, StringComparer.Ordinal).ToList();

    // Few rows, read only by the person's own "ask me for stories": a filtered scan by the person's stamp.
    public async Task<IReadOnlyList<StoryAskStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Compare(AzurePersonalStamp.PersonAad, "eq", aadObjectId.ToLowerInvariant()), cancellationToken))
            .Select(AzureData.Read<StoryAskStop>).OrderBy(stop => stop.TeamId, StringComparer.Ordinal).ToList();

    // The team id comes from the ask card's data.
    private static string Partition(string teamId) => AzureKeys.Escape(AzureKeyPart.Checked(teamId));
}
