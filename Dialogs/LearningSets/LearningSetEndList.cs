namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// <c>learning set end</c> (decision 080): the sets of the person's teams that are still running and that decision 078
/// lets them end (any set of a team they lead, the sets they started in a team they champion), each with the same
/// confirmation as the button on the set's own card. The list only offers: the press is checked again by
/// <see cref="LearningSetEnding"/> against the roster as it is then.
/// </summary>
public sealed class LearningSetEndList(ILearningSetStore store, TeamRoles roles, TimeProvider time)
{
    public async Task<AdaptiveCard> ListAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var running = new List<RunningLearningSet>();
        foreach (var (team, role) in (await roles.TeamsWithRolesAsync(aadObjectId, cancellationToken)).Where(t => t.Role >= TeamRole.Champion))
        {
            running.AddRange((await store.ListForTeamAsync(team.TeamId, cancellationToken))
                .Where(set => set.EndedAt is null && now < set.RoundAt(set.Rounds + 1) && LearningSetEnding.MayEnd(set, role, aadObjectId))
                .Select(set => new RunningLearningSet(set, team.Name ?? "Your team", set.OpenedRound ?? set.RoundsOpenedBy(now))));
        }

        return LearningSetEndCards.Running(running);
    }
}
