using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Stories offered by staff (decision 030): one row per offer in partition "offer|{id}", stamped with its author so "my
/// data" finds and deletes it. The insert's 409 is a second press; the decision is a read-modify-write under the row's
/// ETag, so two deciders at once record one decision. While an offer waits, its team's partition "waiting|{team}" holds
/// a row for it (team, story, author, when: no words), keyed by story id and stamped with the author (decision 101):
/// written after the offer, deleted after its decision, and deleted with the author's data. Offers stored before 101
/// get theirs from <see cref="AzureStoryOfferWaitingBackfill"/>; one a crash left after a decision goes when Read and
/// decide finds the offer decided (decision 105).
/// </summary>
public sealed class AzureStoryOfferStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IStoryOfferStore
{
    public const string TableName = "storyoffers";
    internal const string OfferPrefix = "offer|";
    internal const string WaitingPrefix = "waiting|";
    internal const string OfferRow = "offer";

    public async Task<bool> TryAddAsync(StoryOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (!await Table.TryAsync(AzureWrite.Insert(Entity(offer)), cancellationToken))
        {
            return false;
        }

        // After the offer, so a row here always has its offer; a crash between leaves the offer out of the list only (the
        // back-fill of decision 105 writes it if that happened before its one run; see 105's Left open).
        await Table.UpsertAsync(WaitingEntity(offer), cancellationToken);
        return true;
    }

    public async Task<StoryOffer?> GetAsync(string storyId, CancellationToken cancellationToken) =>
        await Table.GetAsync(Partition(storyId), OfferRow, cancellationToken) is { } entity ? AzureData.Read<StoryOffer>(entity) : null;

    public async Task<bool> TryDecideAsync(string storyId, StoryOfferDecision decision, string deciderAadObjectId, string? deciderName, DateTimeOffset at, CancellationToken cancellationToken)
    {
        string? teamId = null;
        var decided = await Table.ChangeAsync(Partition(storyId), OfferRow, entity =>
        {
            var stored = entity is null ? null : AzureData.Read<StoryOffer>(entity);
            teamId = stored?.Story.TeamId;
            return stored is { Decision: null } offer
                ? new AzureChange<bool>(Entity(offer with { Decision = decision, DecidedAt = at }), true)
                : new AzureChange<bool>(null, false);
        }, cancellationToken);

        // Once decided, out of the team's list. A later press on a decided offer deletes the row too, so one left by a
        // crash between the two writes goes the next time anyone presses on that offer.
        if (teamId is not null)
        {
            await Table.TryAsync(AzureWrite.DeleteAny(WaitingPartition(teamId), Row(storyId)), cancellationToken);
        }

        return decided;
    }

    public async Task<IReadOnlyList<WaitingStoryOffer>> ListWaitingAsync(IReadOnlyCollection<string> teamIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamIds);
        if (teamIds.Count == 0)
        {
            return [];
        }

        var rows = await Table.ListInPartitionsAsync(teamIds.Select(WaitingPartition), cancellationToken);
        return [.. rows.Select(AzureData.Read<WaitingStoryOffer>).OrderByDescending(offer => offer.OfferedAt).ThenBy(offer => offer.StoryId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Read and decide found the listed offer decided, gone, or not its team's: the row a crash left is deleted, if it is
    /// still the one listed (the same offering time, under the ETag read), so an offer made again under that story id
    /// since keeps its row.
    /// </summary>
    public async Task ForgetWaitingAsync(WaitingStoryOffer listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        if (await Table.GetAsync(WaitingPartition(listed.TeamId), Row(listed.StoryId), cancellationToken) is { } row && AzureData.Read<WaitingStoryOffer>(row).OfferedAt == listed.OfferedAt)
        {
            await Table.TryAsync(AzureWrite.Delete(row), cancellationToken);
        }
    }

    /// <summary>The team's row for an offer that waits, as the offer's insert writes it and the back-fill of 105 does.</summary>
    internal static TableEntity WaitingEntity(StoryOffer offer)
    {
        var story = offer.Story;
        var waiting = new WaitingStoryOffer(story.TeamId, story.StoryId, story.AuthorAadObjectId, offer.OfferedAt);
        return AzureData.Entity(WaitingPartition(story.TeamId), Row(story.StoryId), waiting).AboutPerson(null, story.AuthorAadObjectId);
    }

    private static TableEntity Entity(StoryOffer offer) =>
        AzureData.Entity(Partition(offer.Story.StoryId), OfferRow, offer).AboutPerson(null, offer.Story.AuthorAadObjectId);

    // Story ids come back in card data (Approve, Not this time): checked before they become keys.
    private static string Partition(string storyId) => AzureKeys.Join("offer", AzureKeyPart.Checked(storyId));

    // Team ids come from the stored roster (the reader's teams), never from a card, on this path.
    private static string WaitingPartition(string teamId) => AzureKeys.Join("waiting", AzureKeyPart.Checked(teamId));

    private static string Row(string storyId) => AzureKeys.Escape(AzureKeyPart.Checked(storyId));
}
