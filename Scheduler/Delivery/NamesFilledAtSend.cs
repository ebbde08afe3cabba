using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Fills in the colleague a 1:1 notice names as it goes (decisions 094, 097): the row holds the person's AAD object id in a
/// <see cref="NameAtSend"/> slot, never their name, so their "delete my data" has nothing in the outbox to forget. The
/// name is read from the people the bot has met, else from a team roster; someone found in neither (they deleted their
/// data, which removes both) is shown with the card's words for nobody named.
/// </summary>
public sealed class NamesFilledAtSend(IPersonStore people, ITeamStore teams) : IOutboxCardRefresh
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        SupportDialog.SeenKind,
        EntryShareDialog.DeliveredKind,
        ChampionNaming.NamedKind,
        ChampionNaming.RemovedKind,
        LearningSetWelcome.JoinedKind,
        StoryOffers.DecisionKind,
    };

    public bool Handles(string kind) => Kinds.Contains(kind);

    public OutboxRefreshStage Stage => OutboxRefreshStage.FillNames;

    public async Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return await NameAtSend.FillAsync(message.CardJson, NameOfAsync, cancellationToken);
    }

    private async Task<string?> NameOfAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (await people.FindByAadObjectIdAsync(aadObjectId, cancellationToken) is { Name: { Length: > 0 } name })
        {
            return name;
        }

        var memberships = await teams.ListMembershipsAsync(aadObjectId, cancellationToken);
        return memberships.Select(m => m.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
    }
}
