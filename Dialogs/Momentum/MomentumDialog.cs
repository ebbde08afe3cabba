using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The leader's momentum view. Roles are checked on every request from the stored roster, never from the card: a team id
/// sent back by a card is used only when the sender leads that team.
/// </summary>
public sealed class MomentumDialog(TeamRoles roles, MomentumView view)
{
    private const string Feature = "Team momentum";

    public async Task<AdaptiveCard> HandleAsync(LeaderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var led = await roles.TeamsWhereAsync(request.AadObjectId, TeamRole.Leader, cancellationToken);
        if (led.Count == 0)
        {
            return LeaderCards.NotALeader(Feature);
        }

        if (request.Verb == MomentumVerbs.Team)
        {
            var team = led.FirstOrDefault(t => t.TeamId == request.Value(LeaderRequest.TeamKey));
            return team is null ? LeaderCards.NotYourTeam("team momentum") : await CardForAsync(team, cancellationToken);
        }

        return led.Count == 1
            ? await CardForAsync(led[0], cancellationToken)
            : LeaderCards.PickTeam("Team momentum", "You lead more than one team. Which one would you like to see?", led, MomentumVerbs.Team);
    }

    private async Task<AdaptiveCard> CardForAsync(Team team, CancellationToken cancellationToken)
    {
        var weeks = await view.WeeksAsync(team.TeamId, cancellationToken);
        var pooled = await view.PooledAsync(team.TeamId, cancellationToken);
        return MomentumCards.Momentum(PlainText.Of(team.Name ?? "your team"), weeks, pooled, view.MinimumAnswers);
    }
}
