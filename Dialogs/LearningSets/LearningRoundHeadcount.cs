namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// The "M" of a round summary's "N of M members answered": the set's members still in its team, and any who answered
/// before they left (their answer stays until they withdraw it), so N is never more than M. Someone who left can no longer
/// answer (decision 074), so counting them would make a set look quieter than it is (decision 075).
/// </summary>
public sealed class LearningRoundHeadcount(ITeamStore teams)
{
    /// <summary>One roster read per member who did not answer; a set has at most <see cref="LearningSetDraft.MaxMembers"/>.</summary>
    public async Task<int> CountAsync(LearningSet set, IReadOnlyList<LearningAnswer> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(answers);
        var count = 0;
        foreach (var member in set.Members.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (answers.Any(answer => string.Equals(answer.AadObjectId, member, StringComparison.OrdinalIgnoreCase))
                || await teams.GetMemberAsync(set.TeamId, member, cancellationToken) is not null)
            {
                count++;
            }
        }

        return count;
    }
}
