using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// The leaders' combined training-priorities audit: for a team the sender leads (checked on every request from the
/// stored roster, never from the card), how many members rated each area a priority, pooled by
/// <see cref="PrioritiesPooling"/> under the momentum threshold. Reads only finished audits' ratings, never a name. A pool
/// is kept before it is shown, and the kept one is shown again until a new one may be (decision 049).
/// </summary>
public sealed class TeamPrioritiesDialog(
    TeamRoles roles, ITeamStore teams, IExerciseSessionStore sessions, IShownPrioritiesStore shown, MomentumCalculator threshold, TimeProvider time)
{
    private static readonly LeaderView View = new(
        "The team's training priorities", "the team's training priorities", "You lead more than one team. Which one would you like to see?", TeamPrioritiesVerbs.Team);

    public async Task<AdaptiveCard> HandleAsync(LeaderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var choice = await LeaderChoice.ChooseAsync(roles, request, View, fromCard: request.Verb == TeamPrioritiesVerbs.Team, cancellationToken);
        return choice.Answer ?? await CardForAsync(choice.Team!, cancellationToken);
    }

    private async Task<AdaptiveCard> CardForAsync(Team team, CancellationToken cancellationToken)
    {
        var audits = await AuditsAsync(team.TeamId, cancellationToken);
        var now = time.GetUtcNow();
        var minimum = threshold.MinimumAnswers;
        var pool = await PoolToShowAsync(team.TeamId, audits, minimum, now, cancellationToken);
        return TeamPrioritiesCard.Create(team.TeamId, PlainText.Of(team.Name ?? "your team"), pool, minimum);
    }

    // A new pool is shown only once it is kept: if another instance kept a different one for the same week first, that one is shown.
    private async Task<PooledPriorities?> PoolToShowAsync(string teamId, List<MemberAudit> audits, int minimum, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = await shown.ListAsync(teamId, cancellationToken);
        if (PrioritiesPooling.Fresh(before, audits, minimum, now) is { } fresh)
        {
            if (await shown.TryAddAsync(teamId, fresh, cancellationToken))
            {
                return fresh;
            }

            before = await shown.ListAsync(teamId, cancellationToken);
        }

        return PrioritiesPooling.LastShown(before, minimum);
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
