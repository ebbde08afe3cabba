using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>Counting a group's finished exercise runs in a week, from the runs the exercise store keeps, on each backend.</summary>
public abstract class TeamExerciseCountsContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Only_the_groups_runs_finished_in_the_week_count_and_learning_log_entries_are_counted_apart()
    {
        var sessions = Store<IExerciseSessionStore>();
        await AddAsync(sessions, "29:alex", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday);
        await AddAsync(sessions, "29:alex", "risk-ratings", ExerciseSessionStatus.Completed, Monday.AddDays(7).AddTicks(-1));
        await AddAsync(sessions, "29:sam/b#1", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddDays(3));
        await AddAsync(sessions, "29:sam/b#1", "risk-ratings", ExerciseSessionStatus.InProgress, null);
        await AddAsync(sessions, "29:alex", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddDays(7));
        await AddAsync(sessions, "29:alex", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddTicks(-1));
        await AddAsync(sessions, "29:not-in-the-team", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddDays(1));

        var counts = await Store<ITeamExerciseCounts>().CountCompletedAsync(["29:alex", "29:sam/b#1", "29:alex", "29:nobody"], Monday, Monday.AddDays(7), Token);

        Assert.Equal(new ExerciseCounts(3, 2, 2), counts);
    }

    [Fact]
    public async Task A_run_counts_once_it_is_finished_and_an_empty_group_counts_nothing()
    {
        var sessions = Store<IExerciseSessionStore>();
        var counts = Store<ITeamExerciseCounts>();
        var run = await AddAsync(sessions, "29:alex", LearningLogExercise.Id, ExerciseSessionStatus.InProgress, null);
        Assert.Equal(new ExerciseCounts(0, 0), await counts.CountCompletedAsync(["29:alex"], Monday, Monday.AddDays(7), Token));

        Assert.True(await sessions.TryUpdateAsync(run with { Status = ExerciseSessionStatus.Completed, CompletedAt = Monday.AddDays(2), Version = 2 }, 1, Token));

        Assert.Equal(new ExerciseCounts(1, 1, 1), await counts.CountCompletedAsync(["29:alex"], Monday, Monday.AddDays(7), Token));
        Assert.Equal(new ExerciseCounts(0, 0), await counts.CountCompletedAsync([], Monday, Monday.AddDays(7), Token));
    }

    [Fact]
    public async Task Completions_list_the_groups_finished_runs_in_the_span_by_kind_and_time_oldest_first()
    {
        var sessions = Store<IExerciseSessionStore>();
        await AddAsync(sessions, "29:alex", "risk-ratings", ExerciseSessionStatus.Completed, Monday.AddDays(5));
        await AddAsync(sessions, "29:sam/b#1", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddDays(1));
        await AddAsync(sessions, "29:sam/b#1", "risk-ratings", ExerciseSessionStatus.InProgress, null);
        await AddAsync(sessions, "29:alex", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddDays(7));
        await AddAsync(sessions, "29:not-in-the-team", LearningLogExercise.Id, ExerciseSessionStatus.Completed, Monday.AddDays(2));

        var completions = await Store<ITeamExerciseCounts>().ListCompletedAsync(["29:alex", "29:sam/b#1", "29:alex"], Monday, Monday.AddDays(7), Token);

        Assert.Equal([new ExerciseCompletion(LearningLogExercise.Id, Monday.AddDays(1)), new ExerciseCompletion("risk-ratings", Monday.AddDays(5))], completions);
        Assert.Empty(await Store<ITeamExerciseCounts>().ListCompletedAsync([], Monday, Monday.AddDays(7), Token));
    }

    private static async Task<ExerciseSession> AddAsync(IExerciseSessionStore sessions, string person, string exercise, ExerciseSessionStatus status, DateTimeOffset? completedAt)
    {
        var session = new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"),
            PersonId = person,
            ExerciseId = exercise,
            Status = status,
            Answers = ExerciseAnswers.Empty.With([new("worked", "private words")]),
            Version = 1,
            StartedAt = Monday.AddDays(-1),
            UpdatedAt = completedAt ?? Monday,
            CompletedAt = completedAt,
        };
        Assert.True(await sessions.TryAddAsync(session, Token));
        return session;
    }
}

/// <summary>The ITeamExerciseCounts contract on SQLite.</summary>
public sealed class TeamExerciseCountsContractOnSqlite() : TeamExerciseCountsContract(StoreBackend.Sqlite());

/// <summary>The ITeamExerciseCounts contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class TeamExerciseCountsContractOnAzurite(Azurite azurite) : TeamExerciseCountsContract(StoreBackend.Azure(azurite));
