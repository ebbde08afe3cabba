using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>Learning sets, round answers and summaries behave the same on both backends, with parallel writers too.</summary>
public abstract class LearningSetStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const int Writers = 8;
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_set_is_stored_once_and_read_back_as_it_was_given()
    {
        var store = Store<ILearningSetStore>();

        Assert.True(await store.TryAddAsync(Set("set/1", "aad-starter", ["aad-a", "AAD-B"]), Token));
        Assert.False(await store.TryAddAsync(Set("set/1", "aad-other", ["aad-c"]) with { Topic = "Changed" }, Token));

        var stored = await store.GetAsync("set/1", Token);
        Assert.Equal(("Hospital discharge", "aad-starter", 14, 3, Monday), (stored?.Topic, stored?.StarterAadObjectId, stored?.IntervalDays, stored?.Rounds, stored?.FirstRoundAt));
        Assert.Equal(["aad-a", "AAD-B"], stored!.Members);
        Assert.Null(await store.GetAsync("set-unknown", Token));
    }

    [Fact]
    public async Task The_first_round_moves_once_when_several_press_start_now_at_once()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/1", "aad-starter", ["aad-a"]), Token);
        var earlier = Monday.AddDays(-14);

        var moved = await AtOnceAsync<ILearningSetStore, bool>(Writers, (instance, _) => instance.TryMoveFirstRoundAsync("set/1", Monday, earlier, Token));

        Assert.Single(moved, m => m);
        Assert.Equal(earlier, (await store.GetAsync("set/1", Token))?.FirstRoundAt);
        Assert.False(await store.TryMoveFirstRoundAsync("set-unknown", Monday, earlier, Token));
    }

    [Fact]
    public async Task A_set_is_ended_once_when_several_press_end_at_once_and_keeps_when_and_after_which_round()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/1", "aad-starter", ["aad-a"]), Token);
        var at = Monday.AddDays(15);

        var ended = await AtOnceAsync<ILearningSetStore, bool>(Writers, (instance, i) => instance.TryEndAsync("set/1", 2, at.AddMinutes(i), Token));

        Assert.Single(ended, e => e);
        var stored = await store.GetAsync("set/1", Token);
        Assert.Equal(2, stored?.EndedAfterRound);
        Assert.Equal(at.AddMinutes(ended.ToList().IndexOf(true)), stored?.EndedAt);
        Assert.Equal(Monday, stored?.FirstRoundAt);
        Assert.False(await store.TryEndAsync("set/1", 3, at, Token));
        Assert.False(await store.TryEndAsync("set-unknown", 1, at, Token));
    }

    [Fact]
    public async Task A_round_opens_only_while_the_set_runs_and_the_end_comes_after_the_last_round_opened()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/1", "aad-starter", ["aad-a"]) with { OpenedRound = 0 }, Token);

        Assert.True(await store.TryOpenRoundAsync("set/1", 1, Token));
        Assert.True(await store.TryOpenRoundAsync("set/1", 2, Token));
        Assert.True(await store.TryOpenRoundAsync("set/1", 1, Token));
        Assert.Equal(2, (await store.GetAsync("set/1", Token))?.OpenedRound);

        // The caller's clock says round 3 had opened; the store knows round 2 was the last one posted.
        Assert.True(await store.TryEndAsync("set/1", 3, Monday.AddDays(29), Token));
        Assert.False(await store.TryOpenRoundAsync("set/1", 3, Token));
        var stored = await store.GetAsync("set/1", Token);
        Assert.Equal((2, 2), (stored?.OpenedRound, stored?.EndedAfterRound));
        Assert.False(await store.TryOpenRoundAsync("set-unknown", 1, Token));
    }

    [Fact]
    public async Task A_set_from_before_rounds_were_recorded_ends_after_the_callers_round()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/old", "aad-starter", ["aad-a"]), Token);
        Assert.Null((await store.GetAsync("set/old", Token))?.OpenedRound);

        Assert.True(await store.TryEndAsync("set/old", 2, Monday.AddDays(15), Token));

        Assert.Equal(2, (await store.GetAsync("set/old", Token))?.EndedAfterRound);
    }

    [Fact]
    public async Task Of_an_end_and_parallel_openings_of_the_next_round_the_end_names_the_last_round_that_opened()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/1", "aad-starter", ["aad-a"]) with { OpenedRound = 1 }, Token);

        var results = await AtOnceAsync<ILearningSetStore, bool>(Writers, (instance, i) =>
            i == 0 ? instance.TryEndAsync("set/1", 1, Monday.AddDays(15), Token) : instance.TryOpenRoundAsync("set/1", 2, Token));

        // Whichever came first, what was posted and what the end says agree: round 2 opened if and only if the set ended after it.
        var stored = await store.GetAsync("set/1", Token);
        Assert.True(results[0]);
        Assert.Equal(results.Skip(1).Any(opened => opened) ? 2 : 1, stored?.EndedAfterRound);
        Assert.Equal(stored?.EndedAfterRound, stored?.OpenedRound);
    }

    [Fact]
    public async Task A_teams_sets_are_listed_oldest_first_and_answers_are_counted_by_round()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/b", "aad-starter", ["aad-a"]) with { CreatedAt = Monday.AddDays(1) }, Token);
        await store.TryAddAsync(Set("set/a", "aad-starter", ["aad-a"]) with { CreatedAt = Monday }, Token);
        await store.TryAddAsync(Set("set/other", "aad-starter", ["aad-a"]) with { TeamId = "19:other-team" }, Token);
        await store.SaveAnswerAsync(Answer("set/a", 1, "aad-zoe", "Zoe", "one", Monday), Token);
        await store.SaveAnswerAsync(Answer("set/a", 1, "AAD-ZOE", "Zoe", "again", Monday), Token);
        await store.SaveAnswerAsync(Answer("set/a", 1, "aad-amir", "Amir", "one", Monday), Token);
        await store.SaveAnswerAsync(Answer("set/a", 3, "aad-amir", "Amir", "three", Monday), Token);

        var sets = await store.ListForTeamAsync(Set("x", "y", []).TeamId, Token);

        Assert.Equal(["set/a", "set/b"], sets.Select(set => set.SetId));
        Assert.Equal(new Dictionary<int, int> { [1] = 2, [3] = 1 }, await store.CountAnswersAsync("set/a", Token));
        Assert.Empty(await store.CountAnswersAsync("set/b", Token));
    }

    [Fact]
    public async Task A_later_answer_replaces_the_members_answer_for_that_round_only()
    {
        var store = Store<ILearningSetStore>();
        await store.SaveAnswerAsync(Answer("set-1", 1, "AAD-Zoe", "Zoe", "first", Monday), Token);
        await store.SaveAnswerAsync(Answer("set-1", 1, "aad-zoe", "Zoe", "second", Monday.AddHours(1)), Token);
        await store.SaveAnswerAsync(Answer("set-1", 1, "aad-amir", "Amir", "mine", Monday), Token);
        await store.SaveAnswerAsync(Answer("set-1", 2, "aad-zoe", "Zoe", "round two", Monday.AddDays(14)), Token);
        await store.SaveAnswerAsync(Answer("set-2", 1, "aad-zoe", "Zoe", "other set", Monday), Token);

        var round = await store.ListAnswersAsync("set-1", 1, Token);

        Assert.Equal([("Amir", "aad-amir", "mine"), ("Zoe", "aad-zoe", "second")], round.Select(answer => (answer.Name, answer.AadObjectId, answer.Challenge)));
        Assert.Equal(Monday.AddHours(1), round[1].AnsweredAt);
        Assert.Equal("round two", Assert.Single(await store.ListAnswersAsync("set-1", 2, Token)).Challenge);
        Assert.Empty(await store.ListAnswersAsync("set-1", 3, Token));
    }

    [Fact]
    public async Task A_withdrawn_answer_is_removed_for_that_member_and_round_only_in_any_case_of_their_id()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(Set("set/w#1", "aad-lee", ["aad-zoe", "aad-amir"]), Token);
        await store.SaveAnswerAsync(Answer("set/w#1", 1, "aad-zoe", "Zoe", "one", Monday), Token);
        await store.SaveAnswerAsync(Answer("set/w#1", 2, "aad-zoe", "Zoe", "two", Monday), Token);
        await store.SaveAnswerAsync(Answer("set/w#1", 1, "aad-amir", "Amir", "one", Monday), Token);

        Assert.True(await store.RemoveAnswerAsync("set/w#1", 1, "AAD-ZOE", Token));
        Assert.False(await store.RemoveAnswerAsync("set/w#1", 1, "aad-zoe", Token));
        Assert.False(await store.RemoveAnswerAsync("set-unknown", 1, "aad-zoe", Token));

        Assert.Equal(["aad-amir"], (await store.ListAnswersAsync("set/w#1", 1, Token)).Select(a => a.AadObjectId));
        Assert.Equal(["two"], (await store.ListAnswersAsync("set/w#1", 2, Token)).Select(a => a.Challenge));
    }

    [Fact]
    public async Task Parallel_answers_from_every_member_are_all_kept()
    {
        await AtOnceAsync<ILearningSetStore>(Writers, (instance, writer) =>
            instance.SaveAnswerAsync(Answer("set-1", 1, $"aad-{writer}", $"Member {writer}", $"challenge {writer}", Monday), Token));

        var answers = await Store<ILearningSetStore>().ListAnswersAsync("set-1", 1, Token);
        Assert.Equal(Enumerable.Range(0, Writers).Select(writer => $"challenge {writer}"), answers.Select(answer => answer.Challenge));
    }

    [Fact]
    public async Task Parallel_saves_by_one_member_leave_one_whole_answer()
    {
        await AtOnceAsync<ILearningSetStore>(Writers, (instance, writer) =>
            instance.SaveAnswerAsync(Answer("set-1", 1, "aad-zoe", "Zoe", $"challenge {writer}", Monday.AddSeconds(writer)) with { NextAction = $"next {writer}" }, Token));

        // Whichever save came last, its fields are all there together: no answer mixes two saves.
        var answer = Assert.Single(await Store<ILearningSetStore>().ListAnswersAsync("set-1", 1, Token));
        var writer = int.Parse(answer.Challenge["challenge ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(($"next {writer}", Monday.AddSeconds(writer)), (answer.NextAction, answer.AnsweredAt));
    }

    [Fact]
    public async Task Of_parallel_summaries_of_one_round_exactly_one_is_first()
    {
        var store = Store<ILearningSetStore>();
        Assert.False(await store.IsSummarisedAsync("set-1", 1, Token));

        var first = await AtOnceAsync<ILearningSetStore, bool>(Writers, (instance, writer) => instance.TryMarkSummarisedAsync("set-1", 1, Monday.AddSeconds(writer), Token));

        Assert.Equal(1, first.Count(won => won));
        Assert.True(await store.IsSummarisedAsync("set-1", 1, Token));
        Assert.False(await store.IsSummarisedAsync("set-1", 2, Token));
    }

    internal static LearningSet Set(string id, string starter, IReadOnlyList<string> members) => new()
    {
        SetId = id, TeamId = "team-1", TenantId = "tenant-1", ChannelId = "19:general", Topic = "Hospital discharge", StarterAadObjectId = starter,
        Members = members, IntervalDays = 14, Rounds = 3, TimeZoneId = "Europe/London", FirstRoundAt = Monday, CreatedAt = Monday,
    };

    internal static LearningAnswer Answer(string setId, int round, string aad, string name, string challenge, DateTimeOffset at) => new()
    {
        SetId = setId, Round = round, AadObjectId = aad, Name = name, Challenge = challenge, Tried = "tried", Helped = "helped", NextAction = "next", AnsweredAt = at,
    };
}

/// <summary>The ILearningSetStore contract on SQLite.</summary>
public sealed class LearningSetStoreContractOnSqlite() : LearningSetStoreContract(StoreBackend.Sqlite());

/// <summary>The ILearningSetStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class LearningSetStoreContractOnAzurite(Azurite azurite) : LearningSetStoreContract(StoreBackend.Azure(azurite));
