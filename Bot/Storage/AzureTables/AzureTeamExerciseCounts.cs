using System.Collections.Concurrent;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Counts completed exercise runs for a group of people from the exercise-run table (one partition per person): one
/// filtered query per person on the typed Status and CompletedAtTicks properties, selecting only the exercise id, so the
/// runs' answers are never read or even sent over the wire.
/// </summary>
public sealed class AzureTeamExerciseCounts(AzureTableSet tables) : AzureTableStore(tables, AzureExerciseSessionStore.TableName), ITeamExerciseCounts
{
    private const int ParallelQueries = 8;

    public async Task<ExerciseCounts> CountCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var exerciseIds = new ConcurrentBag<string>();
        var people = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = ParallelQueries, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(personIds.Distinct(StringComparer.Ordinal), options, async (personId, token) =>
        {
            var runs = await Table.QueryAsync(Filter(personId, from, to), token, columns: [AzureExerciseSessionStore.ExerciseIdProperty]);
            if (runs.Count > 0)
            {
                people.Add(personId);
            }

            foreach (var run in runs)
            {
                exerciseIds.Add(run.GetString(AzureExerciseSessionStore.ExerciseIdProperty));
            }
        });

        return new ExerciseCounts(exerciseIds.Count, exerciseIds.Count(id => id == LearningLogExercise.Id), people.Count);
    }

    public async Task<IReadOnlyList<ExerciseCompletion>> ListCompletedAsync(IReadOnlyCollection<string> personIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var completions = new ConcurrentBag<ExerciseCompletion>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = ParallelQueries, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(personIds.Distinct(StringComparer.Ordinal), options, async (personId, token) =>
        {
            var runs = await Table.QueryAsync(Filter(personId, from, to), token,
                columns: [AzureExerciseSessionStore.ExerciseIdProperty, AzureExerciseSessionStore.CompletedAtProperty]);
            foreach (var run in runs)
            {
                var completedAt = new DateTimeOffset(run.GetInt64(AzureExerciseSessionStore.CompletedAtProperty)!.Value, TimeSpan.Zero);
                completions.Add(new ExerciseCompletion(run.GetString(AzureExerciseSessionStore.ExerciseIdProperty), completedAt));
            }
        });

        return completions.OrderBy(c => c.CompletedAt).ThenBy(c => c.ExerciseId, StringComparer.Ordinal).ToList();
    }

    private static string Filter(string personId, DateTimeOffset from, DateTimeOffset to) => AzureFilters.And(
        AzureFilters.PrefixRange(AzureKeys.Escape(personId), AzureExerciseSessionStore.SessionPrefix, AzureKeys.After(AzureExerciseSessionStore.SessionPrefix)),
        AzureFilters.And(
            AzureFilters.Compare(AzureExerciseSessionStore.StatusProperty, "eq", nameof(Dialogs.Exercises.ExerciseSessionStatus.Completed)),
            AzureFilters.And(
                AzureFilters.Compare(AzureExerciseSessionStore.CompletedAtProperty, "ge", from.UtcTicks),
                AzureFilters.Compare(AzureExerciseSessionStore.CompletedAtProperty, "lt", to.UtcTicks))));
}
