using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// The "learningSetAnswers" and "learningSetMemberships" sources on each backend: answers are exported, deleted and
/// purged by when they were given; sets that name the person (as starter or member, in any case) are exported and kept
/// for the team without them, also when several people leave one set at the same time.
/// </summary>
public abstract class LearningSetPersonalDataContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Alex = new("29:alex", "aad-alex");

    [Fact]
    public async Task Answers_are_exported_purged_after_the_retention_period_and_deleted_leaving_other_peoples()
    {
        var store = Store<ILearningSetStore>();
        await store.SaveAnswerAsync(LearningSetStoreContract.Answer("set-1", 1, "AAD-ALEX", "Alex", "ALEX-OLD", Now.AddDays(-400)), Token);
        await store.SaveAnswerAsync(LearningSetStoreContract.Answer("set-1", 2, "aad-alex", "Alex", "ALEX-NEW", Now), Token);
        await store.SaveAnswerAsync(LearningSetStoreContract.Answer("set-1", 2, "aad-blake", "Blake", "BLAKE-NEW", Now), Token);
        var answers = PersonalDataSource("learningSetAnswers");

        var export = (await answers.ExportAsync(Alex, Token))!.ToJsonString();
        Assert.Contains("ALEX-OLD", export, StringComparison.Ordinal);
        Assert.Contains("ALEX-NEW", export, StringComparison.Ordinal);
        Assert.DoesNotContain("BLAKE", export, StringComparison.Ordinal);

        Assert.Equal(1, await answers.PurgeBeforeAsync(Now.AddDays(-365), Token));
        Assert.Empty(await store.ListAnswersAsync("set-1", 1, Token));
        Assert.Equal(1, await answers.DeleteAsync(Alex, Token));
        Assert.Equal("BLAKE-NEW", Assert.Single(await store.ListAnswersAsync("set-1", 2, Token)).Challenge);
        Assert.Null(await answers.ExportAsync(Alex, Token));
    }

    [Fact]
    public async Task The_sets_naming_the_person_are_exported_and_kept_without_them()
    {
        var store = Store<ILearningSetStore>();
        await store.TryAddAsync(LearningSetStoreContract.Set("set-started-by-alex", "AAD-ALEX", ["aad-sam", "AAD-ALEX", "aad-kim"]), Token);
        await store.TryAddAsync(LearningSetStoreContract.Set("set-joined-by-alex", "aad-blake", ["aad-alex", "aad-blake"]), Token);
        await store.TryAddAsync(LearningSetStoreContract.Set("set-without-alex", "aad-blake", ["aad-blake", "aad-kim"]), Token);
        var memberships = PersonalDataSource("learningSetMemberships");

        var export = (await memberships.ExportAsync(Alex, Token))!.ToJsonString();
        var removed = await memberships.DeleteAsync(Alex, Token);

        Assert.Contains("set-started-by-alex", export, StringComparison.Ordinal);
        Assert.Contains("set-joined-by-alex", export, StringComparison.Ordinal);
        Assert.DoesNotContain("set-without-alex", export, StringComparison.Ordinal);
        Assert.Equal(2, removed);
        Assert.Equal(": aad-sam,aad-kim", await StarterAndMembersAsync(store, "set-started-by-alex"));
        Assert.Equal("aad-blake: aad-blake", await StarterAndMembersAsync(store, "set-joined-by-alex"));
        Assert.Equal("aad-blake: aad-blake,aad-kim", await StarterAndMembersAsync(store, "set-without-alex"));
        Assert.Null(await memberships.ExportAsync(Alex, Token));
        Assert.Equal(0, await memberships.PurgeBeforeAsync(Now.AddYears(5), Token));
        Assert.NotNull(await store.GetAsync("set-without-alex", Token));
    }

    [Fact]
    public async Task Members_leaving_one_set_at_the_same_time_all_leave_and_the_others_stay()
    {
        var leavers = Enumerable.Range(0, 4).Select(index => new PersonIdentity($"29:m{index}", $"aad-m{index}")).ToList();
        await Store<ILearningSetStore>().TryAddAsync(
            LearningSetStoreContract.Set("set-1", "aad-m0", [.. leavers.Select(person => person.AadObjectId!), "aad-stays-1", "aad-stays-2"]), Token);
        var sources = leavers.Select(_ => PersonalDataSource("learningSetMemberships")).ToList();

        var removed = await Task.WhenAll(leavers.Select((person, index) => Task.Run(() => sources[index].DeleteAsync(person, Token), Token)));

        Assert.All(removed, count => Assert.Equal(1, count));
        Assert.Equal(": aad-stays-1,aad-stays-2", await StarterAndMembersAsync(Store<ILearningSetStore>(), "set-1"));
    }

    // "starter: member,member" (members lowered: SQLite's unlink lowers the list it rewrites).
    private static async Task<string?> StarterAndMembersAsync(ILearningSetStore store, string setId) =>
        await store.GetAsync(setId, Token) is { } set ? $"{set.StarterAadObjectId}: {string.Join(',', set.Members).ToLowerInvariant()}" : null;
}

/// <summary>The learning-set sources on SQLite.</summary>
public sealed class LearningSetPersonalDataContractOnSqlite() : LearningSetPersonalDataContract(StoreBackend.Sqlite());

/// <summary>The learning-set sources on Azure Tables (Azurite).</summary>
[Slow]
public sealed class LearningSetPersonalDataContractOnAzurite(Azurite azurite) : LearningSetPersonalDataContract(StoreBackend.Azure(azurite));
