using OutcomesBot.Dialogs.Exercises.Reminders;

namespace OutcomesBot.Bot.Turns.Reminders;

/// <summary>
/// "Stop reminding me" and "Turn reminders back on". The setting is the presser's own, so it is changed only in the 1:1
/// chat and only for the authenticated sender, never for an id on the card.
/// </summary>
public sealed class ReminderActions(ReminderSettingDialog dialog) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal(ReminderVerbs.Prefix)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        return CardActionResult.ShowCard(await dialog.HandleAsync(turn.PersonalSender, request.Verb, cancellationToken));
    }
}
