using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The leader check that the leaders' views (momentum, the team's training priorities, you said we did) share. Roles are
/// read on every request from the stored roster, never from the card: <see cref="OpenVerb"/> shows the one team the
/// sender leads or asks which, and every other verb acts only on the team the card names when the sender leads it.
/// </summary>
/// <param name="Feature">What the view is called, in the "for team leaders" refusal and as the team picker's title.</param>
/// <param name="OpenVerb">The verb that opens the view without naming a team.</param>
/// <param name="TeamVerb">The team picker's verb.</param>
/// <param name="Subject">What "not one of your teams" says it cannot show.</param>
/// <param name="PickPrompt">The team picker's question.</param>
public sealed record LeaderView(string Feature, string OpenVerb, string TeamVerb, string Subject, string PickPrompt)
{
    /// <summary>The card for <paramref name="request"/>: a refusal, the team picker, or <paramref name="forTeam"/>'s card of a team the sender leads.</summary>
    public async Task<AdaptiveCard> AnswerAsync(
        TeamRoles roles, LeaderRequest request, Func<Team, CancellationToken, Task<AdaptiveCard>> forTeam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(forTeam);
        var led = await roles.TeamsWhereAsync(request.AadObjectId, TeamRole.Leader, cancellationToken);
        if (led.Count == 0)
        {
            return LeaderCards.NotALeader(Feature);
        }

        if (request.Verb == OpenVerb)
        {
            return led.Count == 1 ? await forTeam(led[0], cancellationToken) : LeaderCards.PickTeam(Feature, PickPrompt, led, TeamVerb);
        }

        var team = led.FirstOrDefault(t => t.TeamId == request.Value(LeaderRequest.TeamKey));
        return team is null ? LeaderCards.NotYourTeam(Subject) : await forTeam(team, cancellationToken);
    }
}
