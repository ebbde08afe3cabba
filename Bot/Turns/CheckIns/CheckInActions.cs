using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Turns.CheckIns;

/// <summary>
/// The check-in buttons, including the welcome card's "Check in". Answers are personal, so check-ins run only in the
/// 1:1 chat; the person is always the sender of the activity.
/// </summary>
public sealed class CheckInActions(CheckInDialog dialog, IPersonStore people) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("checkin.", CheckInCommands.CheckIn), VerbPrefix.Opens(CheckInVerbs.Open, CheckInCommands.CheckIn)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var checkInRequest = await RequestAsync(turn, people, request.Verb, request.TextData(), cancellationToken);
        return CardActionResult.ShowCard(await dialog.HandleAsync(checkInRequest, cancellationToken));
    }

    /// <summary>A dialog request for the 1:1 sender, carrying the person's time zone from what Teams last told us.</summary>
    internal static async Task<CheckInRequest> RequestAsync(TurnContext turn, IPersonStore people, string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var sender = await OneToOneSender.ReadAsync(turn, people, cancellationToken);
        return new CheckInRequest(sender.PersonId, verb, values, sender.Stored?.TimeZone) { AadObjectId = sender.AadObjectId };
    }
}
