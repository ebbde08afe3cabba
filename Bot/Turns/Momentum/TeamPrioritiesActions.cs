using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Turns.Momentum;

/// <summary>
/// The momentum card's "Training priorities" button and its team picker: the team's combined audit, in the 1:1 chat only,
/// so team figures are never shown in a channel.
/// </summary>
public sealed class TeamPrioritiesActions(TeamPrioritiesDialog priorities, IPersonStore people) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("priorities.")];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var personId = turn.PersonalSender;
        var leaderRequest = await LeaderActions.RequestAsync(turn, people, personId, request.Verb, request.TextData(), cancellationToken);
        return CardActionResult.ShowCard(await priorities.HandleAsync(leaderRequest, cancellationToken));
    }
}
