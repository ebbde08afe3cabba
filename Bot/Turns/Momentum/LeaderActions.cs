using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Turns.Momentum;

/// <summary>
/// The buttons of the leader views (momentum and "you said, we did"), including the welcome card's "Team momentum".
/// They run in the 1:1 chat only, so team numbers and themes are never shown in a channel.
/// </summary>
public sealed class LeaderActions(MomentumDialog momentum, YouSaidDialog youSaid, IPersonStore people) : ICardActionHandler
{
    internal const string PersonalOnly =
        "Team momentum and **yousaid** are for team leaders and open in our 1:1 chat: open a chat with me and type **momentum** or **yousaid**.";

    public bool CanHandle(string verb) => MomentumVerbs.IsMomentumVerb(verb) || YouSaidVerbs.IsYouSaidVerb(verb);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.PersonalSenderId is not { } personId)
        {
            return CardActionResult.Say(PersonalOnly);
        }

        var leaderRequest = await RequestAsync(turn, people, personId, request.Verb, request.TextData(), cancellationToken);
        var card = MomentumVerbs.IsMomentumVerb(request.Verb)
            ? await momentum.HandleAsync(leaderRequest, cancellationToken)
            : await youSaid.HandleAsync(leaderRequest, cancellationToken);
        return CardActionResult.ShowCard(card);
    }

    /// <summary>The request with the sender's AAD object id, from the activity or, when Teams left it out, from what we stored.</summary>
    internal static async Task<LeaderRequest> RequestAsync(TurnContext turn, IPersonStore people, string personId, string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            aadObjectId = (await people.GetAsync(personId, cancellationToken))?.AadObjectId;
        }

        return new LeaderRequest(personId, aadObjectId, verb, values);
    }
}
