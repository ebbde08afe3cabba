namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The leader check of the leader views (momentum, you said we did, the team's priorities), in one place: the teams the
/// sender leads come from the stored roster on every press, never from the card. The result is the team to show, or the
/// answer instead: "not a leader", "not one of your teams" (a card's team id the sender does not lead) or the picker.
/// </summary>
public sealed record LeaderChoice(Team? Team, AdaptiveCard? Answer)
{
    /// <param name="roles">Where roles are worked out.</param>
    /// <param name="request">The press or command; its team value is used only when <paramref name="fromCard"/>.</param>
    /// <param name="view">How the view names itself in the answers.</param>
    /// <param name="fromCard">True when the press names a team (the picker's button, or a later step of the view).</param>
    /// <param name="cancellationToken">Cancels the roster reads.</param>
    public static async Task<LeaderChoice> ChooseAsync(TeamRoles roles, LeaderRequest request, LeaderView view, bool fromCard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(view);
        var led = await roles.TeamsWhereAsync(request.AadObjectId, TeamRole.Leader, cancellationToken);
        if (led.Count == 0)
        {
            return new(null, LeaderCards.NotALeader(view.Title));
        }

        if (fromCard)
        {
            var team = led.FirstOrDefault(t => t.TeamId == request.Value(LeaderRequest.TeamKey));
            return team is null ? new(null, LeaderCards.NotYourTeam(view.WhatItShows)) : new(team, null);
        }

        return led.Count == 1 ? new(led[0], null) : new(null, LeaderCards.PickTeam(view.Title, view.PickQuestion, led, view.TeamVerb));
    }
}
