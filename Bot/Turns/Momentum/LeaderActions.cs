using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Turns.Momentum;

/// <summary>
/// The buttons of the leader views (momentum and "you said, we did"), including the welcome card's "Team momentum".
/// They run in the 1:1 chat only, so team numbers and themes are never shown in a channel.
/// </summary>
public sealed class LeaderActions(MomentumDialog momentum, YouSaidDialog youSaid, IPersonStore people) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("momentum.", LeaderCommands.Momentum), VerbPrefix.Opens(MomentumVerbs.Open, LeaderCommands.Momentum), VerbPrefix.Personal("yousaid.", LeaderCommands.YouSaid)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var personId = turn.PersonalSender;
        var leaderRequest = await RequestAsync(turn, people, personId, request.Verb, request.TextData(), cancellationToken);
        var card = MomentumVerbs.IsMomentumVerb(request.Verb)
            ? await momentum.HandleAsync(leaderRequest, cancellationToken)
            : await youSaid.HandleAsync(leaderRequest, cancellationToken);
        return CardActionResult.ShowCard(card);
    }

    /// <summary>The request with the sender's AAD object id, from the activity or, when Teams left it out, from what we stored.</summary>
    internal static async Task<LeaderRequest> RequestAsync(TurnContext turn, IPersonStore people, string personId, string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        return new LeaderRequest(personId, await SenderAadObjectId.OfAsync(turn, people, personId, cancellationToken), verb, values);
    }
}
