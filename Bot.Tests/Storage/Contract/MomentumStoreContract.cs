using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>Weekly momentum snapshots on each backend: ranges, rewrites, and recomputations racing on one week.</summary>
public abstract class MomentumStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Team = "19:care-team@thread.tacv2";
    private static readonly DateTimeOffset FirstWeek = new(2024, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_last_12_of_104_weeks_come_back_oldest_first_with_every_number_kept()
    {
        var store = Store<IMomentumStore>();

        // Different weeks are different rows, so they are seeded by several writers: on Azure each upsert is two round trips.
        await Parallel.ForEachAsync(Enumerable.Range(0, 104), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Token }, async (week, token) =>
            await store.UpsertAsync(Snapshot(Team, week), token));

        await store.UpsertAsync(Snapshot("19:other-team@thread.tacv2", 103), Token);
        var lastWeek = Week(103);

        var weeks = await store.ListAsync(Team, lastWeek.AddDays(-7 * 11), lastWeek.AddDays(7), Token);

        Assert.Equal(Enumerable.Range(92, 12).Select(Week), weeks.Select(snapshot => snapshot.WeekStart));
        Assert.Equal(Snapshot(Team, 103), weeks[^1]);
        Assert.Equal(Snapshot(Team, 92), weeks[0]);
    }

    [Fact]
    public async Task A_range_includes_its_first_week_and_excludes_the_week_it_ends_at()
    {
        var store = Store<IMomentumStore>();
        foreach (var week in Enumerable.Range(0, 5))
        {
            await store.UpsertAsync(Snapshot(Team, week), Token);
        }

        Assert.Equal([Week(1), Week(2)], (await store.ListAsync(Team, Week(1), Week(3), Token)).Select(snapshot => snapshot.WeekStart));
        Assert.Equal([Week(4)], (await store.ListAsync(Team, Week(4).AddTicks(-1), Week(4).AddTicks(1), Token)).Select(snapshot => snapshot.WeekStart));
        Assert.Empty(await store.ListAsync(Team, Week(3), Week(3), Token));
        Assert.Empty(await store.ListAsync("19:nobody@thread.tacv2", Week(0), Week(5), Token));
    }

    [Fact]
    public async Task Rewriting_a_week_replaces_it_and_keeps_one_row_with_hidden_averages_still_hidden()
    {
        var store = Store<IMomentumStore>();
        await store.UpsertAsync(Snapshot(Team, 0), Token);
        var recomputed = Snapshot(Team, 0) with
        {
            Answered = 2, AverageConfidence = null, ConfidenceChange = null, ReadinessIndex = null, SupportRequests = null, ComputedAt = Week(1).AddHours(3),
        };

        await store.UpsertAsync(recomputed, Token);

        Assert.Equal(recomputed, Assert.Single(await store.ListAsync(Team, Week(0), Week(1), Token)));
    }

    [Fact]
    public async Task Readiness_by_condition_and_exercises_by_kind_come_back_as_written_and_an_empty_count_is_not_null()
    {
        var store = Store<IMomentumStore>();
        var conditions = new Dictionary<string, double> { ["involved"] = 62.5, ["pace"] = 25 };
        var kinds = new Dictionary<string, int> { ["risk-ratings"] = 3, ["learning-log"] = 1 };
        await store.UpsertAsync(Snapshot(Team, 0) with { ConditionReadiness = conditions, ExercisesByKind = kinds }, Token);
        await store.UpsertAsync(Snapshot(Team, 1) with { ExercisesByKind = new Dictionary<string, int>() }, Token);
        await store.UpsertAsync(Snapshot(Team, 2), Token);

        var weeks = await store.ListAsync(Team, Week(0), Week(3), Token);

        Assert.Equal(conditions.OrderBy(c => c.Key, StringComparer.Ordinal), weeks[0].ConditionReadiness!.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(kinds.OrderBy(c => c.Key, StringComparer.Ordinal), weeks[0].ExercisesByKind!.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(0, weeks[1].ExercisesByKind?.Count);
        Assert.Null(weeks[2].ExercisesByKind);
    }

    [Fact]
    public async Task A_team_id_with_key_characters_is_kept_apart_from_its_neighbours()
    {
        var store = Store<IMomentumStore>();
        string[] teams = ["19:a|b/c#d?e%f@thread.tacv2", "19:a%7Cb@thread.tacv2", "19:a|b@thread.tacv2"];
        foreach (var (team, index) in teams.Select((team, index) => (team, index)))
        {
            await store.UpsertAsync(Snapshot(team, 0) with { Members = index + 10 }, Token);
        }

        foreach (var (team, index) in teams.Select((team, index) => (team, index)))
        {
            Assert.Equal(index + 10, Assert.Single(await store.ListAsync(team, Week(0), Week(1), Token)).Members);
        }
    }

    [Fact]
    public async Task A_computation_that_finishes_late_does_not_put_older_numbers_back()
    {
        var store = Store<IMomentumStore>();
        var newer = Snapshot(Team, 0) with { Answered = 9, ComputedAt = Week(1).AddHours(2) };
        await store.UpsertAsync(newer, Token);

        await store.UpsertAsync(Snapshot(Team, 0) with { Answered = 4, ComputedAt = Week(1).AddHours(1) }, Token);

        Assert.Equal(newer, Assert.Single(await store.ListAsync(Team, Week(0), Week(1), Token)));
    }

    [Fact]
    public async Task Eight_bot_instances_recomputing_one_week_at_once_leave_one_row_the_newest_computation()
    {
        var computations = Enumerable.Range(0, 8)
            .Select(writer => Snapshot(Team, 0) with { Answered = writer, ComputedAt = Week(1).AddMinutes(writer) })
            .Reverse()
            .ToList();

        await AtOnceAsync<IMomentumStore>(computations.Count, (store, writer) => store.UpsertAsync(computations[writer], Token));

        var stored = Assert.Single(await Store<IMomentumStore>().ListAsync(Team, Week(0), Week(1), Token));
        Assert.Equal(computations.MaxBy(snapshot => snapshot.ComputedAt), stored);
    }

    private static DateTimeOffset Week(int index) => FirstWeek.AddDays(7 * index);

    private static MomentumSnapshot Snapshot(string team, int week) => new()
    {
        TeamId = team,
        WeekStart = Week(week),
        Members = 12,
        Answered = 5 + (week % 7),
        MinimumAnswers = 5,
        AverageConfidence = 3.25,
        ConfidenceChange = week % 2 == 0 ? -0.5 : null,
        ReadinessIndex = 62.5,
        SupportRequests = week % 3,
        ExercisesCompleted = week % 4,
        LearningLogEntries = week % 2,
        ComputedAt = Week(week + 1).AddHours(2),
    };
}

/// <summary>The IMomentumStore contract on SQLite.</summary>
public sealed class MomentumStoreContractOnSqlite() : MomentumStoreContract(StoreBackend.Sqlite());

/// <summary>The IMomentumStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class MomentumStoreContractOnAzurite(Azurite azurite) : MomentumStoreContract(StoreBackend.Azure(azurite));
