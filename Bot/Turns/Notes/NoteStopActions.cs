using OutcomesBot.Bot.Turns.MyData;
using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Bot.Turns.Notes;

/// <summary>
/// <b>Stop notes like this</b> on a one-off 1:1 note, and its undo (decision 096). In the 1:1 chat only; the person is the
/// activity's sender, never anyone in the card's data, and the only value read from the card is the group's name,
/// accepted only when it is a known group.
/// </summary>
public sealed class NoteStopActions(NoteStopChoice choice) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } = [VerbPrefix.Personal(NoteStopVerbs.Prefix, MyDataCommands.MyData)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return CardActionResult.Say(NamedSender.Unknown);
        }

        var group = request.TextData().GetValueOrDefault(NoteStopVerbs.GroupKey);
        return CardActionResult.ShowCard(request.Verb == NoteStopVerbs.Stop
            ? await choice.StopAsync(group, aadObjectId, turn.Activity.From.Id, cancellationToken)
            : await choice.ResumeAsync(group, aadObjectId, cancellationToken));
    }
}
