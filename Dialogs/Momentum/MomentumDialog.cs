using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Teams;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The leader's momentum view. Roles are checked on every request from the stored roster, never from the card: a team id
/// sent back by a card is used only when the sender leads that team.
/// </summary>
public sealed class MomentumDialog(TeamRoles roles, IMomentumStore store, MomentumCalculator calculator, TimeProvider time)
{
    public const int Weeks = 12;
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

    /// <summary>
    /// The last <see cref="Weeks"/> weeks: stored snapshots for past weeks, computed now for a past week the weekly job has
    /// not written (a new install) and always for the current week, which is still under way.
    /// </summary>
    public Task<IReadOnlyList<MomentumSnapshot>> WeeksAsync(string teamId, CancellationToken cancellationToken) =>
        WeeksAsync(teamId, Weeks, cancellationToken);

    /// <summary>The last <paramref name="count"/> weeks by the same rules as the card (the leaders' tab shows up to 52).</summary>
    public async Task<IReadOnlyList<MomentumSnapshot>> WeeksAsync(string teamId, int count, CancellationToken cancellationToken)
    {
        var starts = MomentumWeeks.LastWeeks(time.GetUtcNow(), count);
        var current = starts[^1];
        var stored = (await store.ListAsync(teamId, starts[0], current, cancellationToken)).ToDictionary(s => s.WeekStart);
        var missing = starts.Where(start => start == current || !stored.ContainsKey(start)).ToList();
        var computed = (await calculator.ComputeAsync(teamId, missing, cancellationToken)).ToDictionary(s => s.WeekStart);
        return starts.Select(start => computed.TryGetValue(start, out var fresh) ? fresh : HideBelowMinimum(stored[start])).ToList();
    }

    // A week stored under a lower threshold (the setting was raised since) must not show its averages now.
    private MomentumSnapshot HideBelowMinimum(MomentumSnapshot snapshot) => snapshot.Answered >= calculator.MinimumAnswers
        ? snapshot
        : snapshot with { AverageConfidence = null, ConfidenceChange = null, ReadinessIndex = null, SupportRequests = null };

    private async Task<AdaptiveCard> CardForAsync(Team team, CancellationToken cancellationToken) =>
        MomentumCards.Momentum(team.Name ?? "your team", await WeeksAsync(team.TeamId, cancellationToken), calculator.MinimumAnswers);
}
