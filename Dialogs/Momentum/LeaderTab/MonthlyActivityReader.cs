using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// Counts a team's channel activity by month (<see cref="TabMonths"/>): stories posted and the celebrations they drew, and
/// action-learning rounds held with the answers given. These are things the team's channel shows anyway; exercises are not
/// counted here but added up from the frozen weeks (decision 048). Reads times and counts only, never what anyone wrote.
/// </summary>
public sealed class MonthlyActivityReader(IStoryStore stories, ILearningSetStore learningSets)
{
    public async Task<IReadOnlyDictionary<string, MonthlyActivity>> ReadAsync(
        string teamId, IReadOnlyList<string> months, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(months);
        var posted = await stories.ListForTeamAsync(teamId, from, to, cancellationToken);
        var celebrations = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in posted)
        {
            var month = TabMonths.Of(story.PostedAt);
            celebrations[month] = celebrations.GetValueOrDefault(month) + await stories.CountCelebrationsAsync(story.StoryId, cancellationToken);
        }

        var rounds = (await RoundsAsync(teamId, from, to, cancellationToken)).ToLookup(r => r.Month, StringComparer.Ordinal);
        var storiesByMonth = posted.ToLookup(s => TabMonths.Of(s.PostedAt), StringComparer.Ordinal);
        return months.ToDictionary(
            month => month,
            month => new MonthlyActivity(storiesByMonth[month].Count(), celebrations.GetValueOrDefault(month), rounds[month].Count(), rounds[month].Sum(r => r.Answers)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The team's sets that were still running at <paramref name="from"/> or began after it, oldest first, with how far each
    /// got and whether it was ended early (decision 080).
    /// </summary>
    public async Task<IReadOnlyList<DashboardLearningSet>> SetsAsync(string teamId, DateTimeOffset from, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await learningSets.ListForTeamAsync(teamId, cancellationToken))
            .Where(set => (set.EndedAt ?? set.RoundAt(set.Rounds + 1)) >= from)
            .Select(set => DashboardLearningSet.Of(set, now))
            .ToList();

    // A round counts in the month it opened, when that is inside the range and not in the future; a set ended early
    // (decision 078) held its rounds up to the end only.
    private async Task<List<(string Month, int Answers)>> RoundsAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rounds = new List<(string Month, int Answers)>();
        foreach (var set in await learningSets.ListForTeamAsync(teamId, cancellationToken))
        {
            var answers = await learningSets.CountAnswersAsync(set.SetId, cancellationToken);
            var held = set.EndedAt is null ? set.Rounds : set.EndedAfterRound;
            for (var round = 1; round <= held; round++)
            {
                var opened = set.RoundAt(round);
                if (opened >= from && opened < to)
                {
                    rounds.Add((TabMonths.Of(opened), answers.GetValueOrDefault(round)));
                }
            }
        }

        return rounds;
    }
}
