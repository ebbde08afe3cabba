using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// The leaders' combined training-priorities audit: for a team the sender leads (checked on every request from the
/// stored roster, never from the card), how many members rated each area a priority, pooled by
/// <see cref="PrioritiesPooling"/> under the momentum threshold. Reads only finished audits' ratings, never a name.
/// </summary>
public sealed class TeamPrioritiesDialog(TeamRoles roles, ITeamStore teams, IExerciseSessionStore sessions, MomentumCalculator threshold, TimeProvider time)
{
    private const string Feature = "The team's training priorities";

    public async Task<AdaptiveCard> HandleAsync(LeaderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var led = await roles.TeamsWhereAsync(request.AadObjectId, TeamRole.Leader, cancellationToken);
        if (led.Count == 0)
        {
            return LeaderCards.NotALeader(Feature);
        }

        if (request.Verb == TeamPrioritiesVerbs.Team)
        {
            var team = led.FirstOrDefault(t => t.TeamId == request.Value(LeaderRequest.TeamKey));
            return team is null ? LeaderCards.NotYourTeam("the team's training priorities") : await CardForAsync(team, cancellationToken);
        }

        return led.Count == 1
            ? await CardForAsync(led[0], cancellationToken)
            : LeaderCards.PickTeam(Feature, "You lead more than one team. Which one would you like to see?", led, TeamPrioritiesVerbs.Team);
    }

    private async Task<AdaptiveCard> CardForAsync(Team team, CancellationToken cancellationToken)
    {
        var audits = await AuditsAsync(team.TeamId, cancellationToken);
        var now = time.GetUtcNow();
        var minimum = threshold.MinimumAnswers;
        return TeamPrioritiesCard.Create(PlainText.Of(team.Name ?? "your team"), PrioritiesPooling.Pool(audits, minimum, now), PrioritiesPooling.PeopleSoFar(audits, now), minimum);
    }

    private async Task<List<MemberAudit>> AuditsAsync(string teamId, CancellationToken cancellationToken)
    {
        var audits = new List<MemberAudit>();
        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        foreach (var personId in members.Select(m => m.TeamsUserId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var finished = await sessions.ListAsync(personId, TrainingPrioritiesExercise.Id, ExerciseSessionStatus.Completed, cancellationToken);
            audits.AddRange(finished.Where(s => s.CompletedAt is not null)
                .Select(s => new MemberAudit(personId, s.CompletedAt!.Value, PrioritiesPooling.PrioritiesOf(s.Answers))));
        }

        return audits;
    }
}
