using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// Counts a team's activity by month: exercises finished by its members (by kind, learning-log entries apart), stories
/// posted and the celebrations they drew, and action-learning rounds held with the answers given. Reads kinds, times and
/// counts only, never what anyone wrote.
/// </summary>
public sealed class MonthlyActivityReader(ITeamExerciseCounts exercises, IStoryStore stories, ILearningSetStore learningSets)
{
    public async Task<IReadOnlyDictionary<string, MonthlyActivity>> ReadAsync(
        string teamId, IReadOnlyCollection<string> memberIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var months = TabMonths.Between(from, to);
        var completed = await exercises.ListCompletedAsync(memberIds, from, to, cancellationToken);
        var posted = await stories.ListForTeamAsync(teamId, from, to, cancellationToken);
        var celebrations = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in posted)
        {
            var month = TabMonths.Key(story.PostedAt);
            celebrations[month] = celebrations.GetValueOrDefault(month) + await stories.CountCelebrationsAsync(story.StoryId, cancellationToken);
        }

        var rounds = (await RoundsAsync(teamId, from, to, cancellationToken)).ToLookup(r => r.Month, StringComparer.Ordinal);
        var exercisesByMonth = completed.ToLookup(c => TabMonths.Key(c.CompletedAt), StringComparer.Ordinal);
        var storiesByMonth = posted.ToLookup(s => TabMonths.Key(s.PostedAt), StringComparer.Ordinal);
        return months.ToDictionary(
            month => month,
            month =>
            {
                var inMonth = exercisesByMonth[month].ToList();
                var byKind = inMonth.GroupBy(c => c.ExerciseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                return new MonthlyActivity(byKind, inMonth.Count(c => c.ExerciseId == LearningLogExercise.Id), storiesByMonth[month].Count(),
                    celebrations.GetValueOrDefault(month), rounds[month].Count(), rounds[month].Sum(r => r.Answers));
            },
            StringComparer.Ordinal);
    }

    // A round counts in the month it opened, when that is inside the range and not in the future.
    private async Task<List<(string Month, int Answers)>> RoundsAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rounds = new List<(string Month, int Answers)>();
        foreach (var set in await learningSets.ListForTeamAsync(teamId, cancellationToken))
        {
            var answers = await learningSets.CountAnswersAsync(set.SetId, cancellationToken);
            for (var round = 1; round <= set.Rounds; round++)
            {
                var opened = set.RoundAt(round);
                if (opened >= from && opened < to)
                {
                    rounds.Add((TabMonths.Key(opened), answers.GetValueOrDefault(round)));
                }
            }
        }

        return rounds;
    }
}
