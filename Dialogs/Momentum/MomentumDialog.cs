namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The leader's momentum view. Roles are checked on every request from the stored roster, never from the card: a team id
/// sent back by a card is used only when the sender leads that team.
/// </summary>
public sealed class MomentumDialog(TeamRoles roles, MomentumView view)
{
    private static readonly LeaderView View = new(
        "Team momentum", "team momentum", "You lead more than one team. Which one would you like to see?", MomentumVerbs.Team);

    public async Task<AdaptiveCard> HandleAsync(LeaderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var choice = await LeaderChoice.ChooseAsync(roles, request, View, fromCard: request.Verb == MomentumVerbs.Team, cancellationToken);
        return choice.Answer ?? await CardForAsync(choice.Team!, cancellationToken);
    }

    private async Task<AdaptiveCard> CardForAsync(Team team, CancellationToken cancellationToken)
    {
        var weeks = await view.WeeksAsync(team.TeamId, cancellationToken);
        var pooled = await view.PooledAsync(team.TeamId, cancellationToken);
        return MomentumCards.Momentum(PlainText.Of(team.Name ?? "your team"), weeks, pooled, view.MinimumAnswers);
    }
}
