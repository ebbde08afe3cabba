using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class ExerciseSessionStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Person = "29:alex";
    private const string LearningLogId = "learning-log";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Of_eight_parallel_updates_from_the_same_version_exactly_one_wins()
    {
        var store = Store<IExerciseSessionStore>();
        var session = NewSession();
        Assert.True(await store.TryAddAsync(session, Token));

        var writers = Enumerable.Range(0, 8).Select(writer => session with
        {
            Answers = ExerciseAnswers.Empty.With([new("worked", $"writer {writer}")]),
            Version = 2,
        }).ToList();
        var results = await Task.WhenAll(writers.Select(w => store.TryUpdateAsync(w, expectedVersion: 1, Token)));

        var winner = Assert.Single(writers.Where((_, index) => results[index]));
        var stored = await store.GetAsync(Person, session.SessionId, Token);
        Assert.Equal(2, stored?.Version);
        Assert.Equal(winner.Answers.Values, stored?.Answers.Values);
    }

    [Fact]
    public async Task Ten_writers_retrying_on_conflict_lose_none_of_their_answers()
    {
        var store = Store<IExerciseSessionStore>();
        var session = NewSession();
        Assert.True(await store.TryAddAsync(session, Token));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(writer => Task.Run(() => AddAnswerAsync(store, session.SessionId, $"key-{writer}"), Token)));

        var stored = await store.GetAsync(Person, session.SessionId, Token);
        Assert.Equal(Enumerable.Range(0, 10).Select(writer => $"key-{writer}").Order(), stored!.Answers.Values.Keys.Order());
        Assert.Equal(11, stored.Version);
    }

    [Fact]
    public async Task Update_with_a_stale_version_changes_nothing()
    {
        var store = Store<IExerciseSessionStore>();
        var session = NewSession();
        await store.TryAddAsync(session, Token);
        Assert.True(await store.TryUpdateAsync(session with { StepIndex = 1 }, 1, Token));

        Assert.False(await store.TryUpdateAsync(session with { StepIndex = 0, Answers = ExerciseAnswers.Empty.With([new("worked", "late")]) }, 1, Token));

        var stored = await store.GetAsync(Person, session.SessionId, Token);
        Assert.Equal((1, 2L), (stored!.StepIndex, stored.Version));
        Assert.Empty(stored.Answers.Values);
    }

    [Fact]
    public async Task Another_person_can_neither_read_nor_update_a_run()
    {
        var store = Store<IExerciseSessionStore>();
        var session = NewSession();
        await store.TryAddAsync(session, Token);

        Assert.Null(await store.GetAsync("29:sam", session.SessionId, Token));
        Assert.False(await store.TryUpdateAsync(session with { PersonId = "29:sam" }, 1, Token));
        Assert.Equal(1, (await store.GetAsync(Person, session.SessionId, Token))?.Version);
    }

    [Fact]
    public async Task Parallel_adds_of_the_same_exercise_keep_one_run_in_progress()
    {
        var store = Store<IExerciseSessionStore>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.TryAddAsync(NewSession(), Token)));

        Assert.Equal(1, results.Count(added => added));
        Assert.Single(await store.ListAsync(Person, LearningLogId, null, Token));
    }

    /// <summary>The read, modify, conditional write loop every caller of TryUpdateAsync is meant to run.</summary>
    private static async Task AddAnswerAsync(IExerciseSessionStore store, string sessionId, string key)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var current = await store.GetAsync(Person, sessionId, Token);
            var changed = current! with { Answers = current.Answers.With([new(key, "answer")]), Version = current.Version + 1 };
            if (await store.TryUpdateAsync(changed, current.Version, Token))
            {
                return;
            }
        }

        Assert.Fail($"{key} was not saved after 100 attempts.");
    }

    private static ExerciseSession NewSession() => new()
    {
        SessionId = Guid.NewGuid().ToString("N"),
        PersonId = Person,
        ExerciseId = LearningLogId,
        Status = ExerciseSessionStatus.InProgress,
        Version = 1,
        StartedAt = Now,
        UpdatedAt = Now,
    };
}

/// <summary>The IExerciseSessionStore contract on SQLite.</summary>
public sealed class ExerciseSessionStoreContractOnSqlite() : ExerciseSessionStoreContract(StoreBackend.Sqlite());

/// <summary>The IExerciseSessionStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class ExerciseSessionStoreContractOnAzurite(Azurite azurite) : ExerciseSessionStoreContract(StoreBackend.Azure(azurite));
