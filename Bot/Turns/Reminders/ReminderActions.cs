using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Bot.Turns.Reminders;

/// <summary>
/// "Stop reminding me" and "Turn reminders back on". The setting is the presser's own, so it is changed only in the 1:1
/// chat and only for the authenticated sender, never for an id on the card.
/// </summary>
public sealed class ReminderActions(ReminderSettingDialog dialog) : ICardActionHandler
{
    internal const string PersonalOnly = "Reminders are personal, so I change them in our 1:1 chat.";

    public bool CanHandle(string verb) => ReminderVerbs.IsReminderVerb(verb);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.PersonalSenderId is not { } personId)
        {
            return CardActionResult.Say(PersonalOnly);
        }

        return CardActionResult.ShowCard(await dialog.HandleAsync(personId, request.Verb, cancellationToken));
    }
}
