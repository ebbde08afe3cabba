using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.CheckIns;

/// <summary>
/// The typed <c>rhythm</c> (or <c>delivery</c>) and the rhythm card's buttons, in the 1:1 chat only. Who asks is always
/// the activity's sender (their AAD object id), never a value on the card.
/// </summary>
public sealed class TeamRhythmTurns(TeamRhythmDialog dialog, IPersonStore people) : ITextCommandHandler, ICardActionHandler
{
    internal const string PersonalOnly = "I set the team's check-in rhythm in our 1:1 chat: open a chat with me and type **rhythm**.";

    public bool CanHandle(string command) => CommandCatalog.Rhythm.Matches(command) || TeamRhythmVerbs.IsRhythmVerb(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            await turn.SendTextAsync(PersonalOnly, cancellationToken);
            return;
        }

        var request = await RequestAsync(turn, personId, TeamRhythmVerbs.Open, new Dictionary<string, string>(), cancellationToken);
        await turn.SendCardAsync(await dialog.HandleAsync(request, cancellationToken), cancellationToken);
    }

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.PersonalSenderId is not { } personId)
        {
            return CardActionResult.Say(PersonalOnly);
        }

        var rhythmRequest = await RequestAsync(turn, personId, request.Verb, request.TextData(), cancellationToken);
        return CardActionResult.ShowCard(await dialog.HandleAsync(rhythmRequest, cancellationToken));
    }

    private async Task<TeamRhythmRequest> RequestAsync(TurnContext turn, string personId, string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var person = await people.GetAsync(personId, cancellationToken);
        var aadObjectId = turn.Activity.From?.AadObjectId ?? person?.AadObjectId;
        return new TeamRhythmRequest(aadObjectId, person?.TimeZone, verb, values);
    }
}
