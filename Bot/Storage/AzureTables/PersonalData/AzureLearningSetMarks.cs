using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// A learning set names several people (its starter and members), so one PersonAad stamp cannot hold them. The set row
/// carries instead a boolean property per person, "Member_" + the first 32 hex digits of the SHA-256 of the lowered AAD
/// id (a valid property name for any id), and "my data" finds the person's sets with one filter on that property.
/// The marks live in the set's own row, so they change in the same write as the member list (docs/decisions/011).
/// </summary>
internal static class AzureLearningSetMarks
{
    private const string Prefix = "Member_";

    public static void Mark(TableEntity entity, IEnumerable<string> aadObjectIds)
    {
        foreach (var aad in aadObjectIds.Where(aad => !string.IsNullOrWhiteSpace(aad)))
        {
            entity[Name(aad)] = (true);
        }
    }

    /// <summary>The sets that name the person (the "learningSetMemberships" source).</summary>
    public static async Task<IReadOnlyList<TableEntity>> FindAsync(AzureTable table, PersonIdentity person, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(person.AadObjectId)
            ? []
            : await table.QueryAsync(AzureFilters.Compare(Name(person.AadObjectId), "eq", true), cancellationToken);

    /// <summary>The set without the person, as SQLite's LeaveLearningSet: dropped from the members, and no longer its starter.</summary>
    public static TableEntity Leave(TableEntity entity, PersonIdentity person)
    {
        var set = AzureData.Read<LearningSet>(entity);
        var aad = person.AadObjectId ?? "";
        return AzureLearningSetStore.Entity(set with
        {
            StarterAadObjectId = string.Equals(set.StarterAadObjectId, aad, StringComparison.OrdinalIgnoreCase) ? "" : set.StarterAadObjectId,
            Members = [.. set.Members.Where(member => !string.Equals(member, aad, StringComparison.OrdinalIgnoreCase))],
        });
    }

    private static string Name(string aadObjectId) =>
        Prefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(aadObjectId.ToLowerInvariant())))[..32];
}
