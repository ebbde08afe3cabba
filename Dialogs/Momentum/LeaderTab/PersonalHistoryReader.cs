using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// The history page anyone can see of themselves: only their own check-ins and exercises, read through their own Teams
/// user id, never anyone else's and never the team's.
/// </summary>
public sealed class PersonalHistoryReader(ICheckInStore checkIns, IExerciseSessionStore sessions, TimeProvider time)
{
    public async Task<PersonalHistory> ReadAsync(string? personId, TabRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var weeks = MomentumWeeks.LastWeeks(time.GetUtcNow(), range.Weeks);
        var from = weeks[0];
        var to = weeks[^1].AddDays(7);
        if (string.IsNullOrWhiteSpace(personId))
        {
            return new PersonalHistory(range.Key, from, to, [], []);
        }

        var answers = (await checkIns.ListAnswersForPersonAsync(personId, cancellationToken))
            .Where(a => a.AnsweredAt >= from && a.AnsweredAt < to)
            .OrderBy(a => a.AnsweredAt)
            .Select(a => new HistoryCheckIn(a.AnsweredAt, a.Confidence, a.ReadinessIndex, a.WantsSupport))
            .ToList();
        var titles = ExerciseCatalog.All.ToDictionary(e => e.Info.Id, e => e.Info.Title, StringComparer.Ordinal);
        var exercises = (await sessions.ListAsync(personId, null, ExerciseSessionStatus.Completed, cancellationToken))
            .Where(s => s.CompletedAt is { } at && at >= from && at < to)
            .OrderBy(s => s.CompletedAt)
            .Select(s => new HistoryExercise(s.CompletedAt!.Value, s.ExerciseId, titles.GetValueOrDefault(s.ExerciseId, s.ExerciseId)))
            .ToList();
        return new PersonalHistory(range.Key, from, to, answers, exercises);
    }
}
