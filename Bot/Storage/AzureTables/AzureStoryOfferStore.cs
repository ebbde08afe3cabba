using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Stories offered by staff (decision 030): one row per offer in partition "offer|{id}", stamped with its author so "my
/// data" finds and deletes it. The insert's 409 is a second press; the decision is a read-modify-write under the row's
/// ETag, so two deciders at once record one decision.
/// </summary>
public sealed class AzureStoryOfferStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IStoryOfferStore
{
    public const string TableName = "storyoffers";
    private const string OfferRow = "offer";

    public Task<bool> TryAddAsync(StoryOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return Table.TryAsync(AzureWrite.Insert(Entity(offer)), cancellationToken);
    }

    public async Task<StoryOffer?> GetAsync(string storyId, CancellationToken cancellationToken) =>
        await Table.GetAsync(Partition(storyId), OfferRow, cancellationToken) is { } entity ? AzureData.Read<StoryOffer>(entity) : null;

    public Task<bool> TryDecideAsync(string storyId, StoryOfferDecision decision, string deciderAadObjectId, string? deciderName, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(Partition(storyId), OfferRow, entity =>
        {
            if (entity is null || AzureData.Read<StoryOffer>(entity) is not { Decision: null } offer)
            {
                return new AzureChange<bool>(null, false);
            }

            return new AzureChange<bool>(Entity(offer with { Decision = decision, DecidedAt = at }), true);
        }, cancellationToken);

    private static TableEntity Entity(StoryOffer offer) =>
        AzureData.Entity(Partition(offer.Story.StoryId), OfferRow, offer).AboutPerson(null, offer.Story.AuthorAadObjectId);

    // Story ids come back in card data (Approve, Not this time): checked before they become keys.
    private static string Partition(string storyId) => AzureKeys.Join("offer", AzureKeyPart.Checked(storyId));
}
