using OutcomesBot.Bot.Turns.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Turns.EntrySharing;

/// <summary>
/// The "send this entry to one person" buttons. An entry is personal, so they run only in the 1:1 chat; the sender is
/// always the authenticated activity's sender, never a value on the card.
/// </summary>
public sealed class EntryShareActions(EntryShareDialog dialog, IPersonStore people) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("entry.send.")];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var action = await SupportActions.ActionAsync(turn, people, request.Verb, request.TextData(), cancellationToken);

        // The cards carry the entry's text: never kept for a redelivery.
        return CardActionResult.ShowPrivateCard(await dialog.HandleAsync(action, cancellationToken));
    }
}
