using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.PersonalData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>What the story and learning-set stores hold about a person can be exported, deleted and (answers) purged.</summary>
public sealed class StoryAndLearningPersonalDataTests
{
    private const string Aad = "AAAAAAAA-0000-0000-0000-000000000001";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Person = new("29:person", Aad);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_a_person_keeps_the_story_but_removes_its_author_and_their_celebrations()
    {
        await using var sqlite = await TempSqlite.CreateAsync();
        var store = new SqliteStoryStore(sqlite.Database);
        var personalData = sqlite.PersonalData("stories");
        await store.TryAddAsync(Story("s1", Aad), Token);
        await store.TryAddAsync(Story("s2", "someone-else"), Token);
        await store.CelebrateAsync("s2", Aad, Now, Token);
        await store.CelebrateAsync("s2", Aad.ToLowerInvariant(), Now, Token);

        var export = (await personalData.ExportAsync(Person, Token))!.ToJsonString();
        var removed = await personalData.DeleteAsync(Person, Token);

        Assert.Contains("\"title\":\"Back to the allotment\"", export, StringComparison.Ordinal);
        Assert.Contains("\"story_id\":\"s2\"", export, StringComparison.Ordinal);
        Assert.Equal(2, removed);
        Assert.Equal("", (await store.GetAsync("s1", Token))?.AuthorAadObjectId);
        Assert.Equal(0, await store.CountCelebrationsAsync("s2", Token));
        Assert.Null(await personalData.ExportAsync(Person, Token));
    }

    [Fact]
    public async Task Round_answers_are_exported_deleted_and_purged_after_the_retention_period()
    {
        await using var sqlite = await TempSqlite.CreateAsync();
        var store = new SqliteLearningSetStore(sqlite.Database);
        var personalData = sqlite.PersonalData("learningSetAnswers");
        await store.SaveAnswerAsync(Answer(1, Aad, Now.AddDays(-400)), Token);
        await store.SaveAnswerAsync(Answer(2, Aad, Now), Token);
        await store.SaveAnswerAsync(Answer(2, "other", Now), Token);

        Assert.Contains("\"round\":2", (await personalData.ExportAsync(Person, Token))!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await personalData.PurgeBeforeAsync(Now.AddDays(-365), Token));
        Assert.Equal(1, await personalData.DeleteAsync(Person, Token));
        Assert.Single(await store.ListAnswersAsync("set", 2, Token));
        Assert.Null(await personalData.ExportAsync(Person, Token));
    }

    private static Story Story(string id, string author) => new()
    {
        StoryId = id, TeamId = "team", TenantId = "tenant", ChannelId = "channel", AuthorAadObjectId = author, AuthorName = "Alex",
        Title = "Back to the allotment", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = Now,
    };

    private static LearningAnswer Answer(int round, string aad, DateTimeOffset at) => new()
    {
        SetId = "set", Round = round, AadObjectId = aad, Name = "N", Challenge = "c", Tried = "t", Helped = "h", NextAction = "n", AnsweredAt = at,
    };
}
