using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The leader's momentum view. Roles are checked on every request from the stored roster, never from the card: a team id
/// sent back by a card is used only when the sender leads that team.
/// </summary>
public sealed class MomentumDialog(TeamRoles roles, MomentumView view)
{
    private static readonly LeaderView Leader = new(
        "Team momentum", MomentumVerbs.Open, MomentumVerbs.Team, "team momentum", "You lead more than one team. Which one would you like to see?");

    public Task<AdaptiveCard> HandleAsync(LeaderRequest request, CancellationToken cancellationToken) =>
        Leader.AnswerAsync(roles, request, CardForAsync, cancellationToken);

    private async Task<AdaptiveCard> CardForAsync(Team team, CancellationToken cancellationToken)
    {
        var weeks = await view.WeeksAsync(team.TeamId, cancellationToken);
        var pooled = await view.PooledAsync(team.TeamId, cancellationToken);
        return MomentumCards.Momentum(PlainText.Of(team.Name ?? "your team"), weeks, pooled, view.MinimumAnswers);
    }
}
