using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Leaders' "you said, we did" responses in Azure Tables. The response lives in its team's partition "team|{team}",
/// row = response id, so a team's list is one partition. "id|{response}" holds a pointer (the team id only) that claims
/// the id table-wide, as SQLite's primary key does, and finds the response by id. Both adds are conditional inserts: a
/// double press (or a second bot instance) gets 409 and false, so a response is stored once. The response row names the
/// leader and is stamped for "my data" with retention from the sent time; the pointer names nobody and is stamped for
/// retention only, so a pointer whose response was deleted is skipped and purged with it.
/// </summary>
public sealed class AzureYouSaidStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IYouSaidStore
{
    public const string TableName = "yousaid";
    private const string PointerRow = "team";
    private const string TeamProperty = "TeamId";

    public async Task<bool> TryAddAsync(YouSaidResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var pointer = new TableEntity(IdPartition(response.ResponseId), PointerRow) { [TeamProperty] = response.TeamId }
            .AboutPerson(null, null, response.SentAt);
        if (!await Table.TryAsync(AzureWrite.Insert(pointer), cancellationToken))
        {
            // The id is claimed: by another team (refused), or by this team's earlier press, whose response row may not be
            // written yet (a crash in between): the insert below then completes it, and only one insert can succeed.
            var claimed = await Table.GetAsync(pointer.PartitionKey, PointerRow, cancellationToken);
            if (claimed?.GetString(TeamProperty) != response.TeamId)
            {
                return false;
            }
        }

        var row = AzureData.Entity(TeamPartition(response.TeamId), AzureKeys.Escape(response.ResponseId), response)
            .AboutPerson(response.LeaderId, response.LeaderAadObjectId, response.SentAt);
        return await Table.TryAsync(AzureWrite.Insert(row), cancellationToken);
    }

    public async Task<YouSaidResponse?> GetAsync(string responseId, CancellationToken cancellationToken)
    {
        var pointer = await Table.GetAsync(IdPartition(responseId), PointerRow, cancellationToken);
        if (pointer is null)
        {
            return null;
        }

        var row = await Table.GetAsync(TeamPartition(pointer.GetString(TeamProperty)), AzureKeys.Escape(responseId), cancellationToken);
        return row is null ? null : AzureData.Read<YouSaidResponse>(row);
    }

    public async Task<IReadOnlyList<YouSaidResponse>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(TeamPartition(teamId)), cancellationToken))
            .Select(AzureData.Read<YouSaidResponse>)
            .OrderByDescending(response => response.SentAt)
            .ToList();

    private static string TeamPartition(string teamId) => AzureKeys.Join("team", teamId);

    private static string IdPartition(string responseId) => AzureKeys.Join("id", AzureKeyPart.Checked(responseId));
}
