using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Bot.Turns.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Turns.EntrySharing;

/// <summary>
/// The "send this entry to one person" buttons. An entry is personal, so they run only in the 1:1 chat; the sender is
/// always the authenticated activity's sender, never a value on the card.
/// </summary>
public sealed class EntryShareActions(EntryShareDialog dialog, IPersonStore people) : ICardActionHandler
{
    internal const string PersonalOnly = "Your entries are personal, so I only send them from our 1:1 chat.";

    public bool CanHandle(string verb) => EntryShareVerbs.IsEntryShareVerb(verb);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (await SupportActions.ActionAsync(turn, people, request.Verb, request.TextData(), cancellationToken) is not { } action)
        {
            return CardActionResult.Say(PersonalOnly);
        }

        // The cards carry the entry's text: never kept for a redelivery.
        return CardActionResult.ShowPrivateCard(await dialog.HandleAsync(action, cancellationToken));
    }
}
