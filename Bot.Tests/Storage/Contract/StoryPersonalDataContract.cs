using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// The "stories" personal-data source on each backend: the person's stories are exported and then kept for the team
/// without their author; their celebrations are exported and deleted; another person's stay; nothing goes by age.
/// </summary>
public abstract class StoryPersonalDataContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Alex = new("29:alex", "aad-alex");
    private static readonly PersonIdentity Blake = new("29:blake", "aad-blake");

    [Fact]
    public async Task Export_holds_the_persons_stories_and_celebrations_and_nothing_of_anyone_else()
    {
        var store = await SeedAsync();

        var export = (await Source().ExportAsync(Alex, Token))!.ToJsonString();

        Assert.Contains("Allotment story by Alex", export, StringComparison.Ordinal);
        Assert.Contains("story-by-blake", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Garden story by Blake", export, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-blake", export, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await store.CountCelebrationsAsync("story-by-blake", Token));
    }

    [Fact]
    public async Task Delete_keeps_the_story_without_its_author_and_removes_only_the_persons_celebrations()
    {
        var store = await SeedAsync();

        // The story unlinked and the celebration; on Azure also the author's index row of the story (decision 081).
        Assert.InRange(await Source().DeleteAsync(Alex, Token), 2, 3);

        var kept = await store.GetAsync("story-by-alex", Token);
        Assert.Empty(await store.ListByAuthorAsync("aad-alex", Now, Now.AddDays(1), Token));
        Assert.Equal(("Allotment story by Alex", "", null), (kept?.Title, kept?.AuthorAadObjectId, kept?.AuthorName));
        Assert.Single(await store.ListForTeamAsync("team-1", Now, Now.AddDays(1), Token), story => story.StoryId == "story-by-alex");
        Assert.Equal((1, 1), (await store.CountCelebrationsAsync("story-by-alex", Token), await store.CountCelebrationsAsync("story-by-blake", Token)));
        Assert.Null(await Source().ExportAsync(Alex, Token));
        Assert.Equal(("aad-blake", "Blake"), ((await store.GetAsync("story-by-blake", Token))?.AuthorAadObjectId, (await store.GetAsync("story-by-blake", Token))?.AuthorName));
        Assert.Contains("Garden story by Blake", (await Source().ExportAsync(Blake, Token))!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_and_celebrations_are_not_raw_answers_so_retention_leaves_them()
    {
        var store = await SeedAsync();

        Assert.Equal(0, await Source().PurgeBeforeAsync(Now.AddYears(5), Token));

        Assert.NotNull(await store.GetAsync("story-by-alex", Token));
        Assert.Equal(2, await store.CountCelebrationsAsync("story-by-blake", Token));
    }

    private async Task<IStoryStore> SeedAsync()
    {
        var store = Store<IStoryStore>();
        await store.TryAddAsync(StoryStoreContract.Story("story-by-alex", "team-1", Now, "AAD-ALEX") with { Title = "Allotment story by Alex" }, Token);
        await store.TryAddAsync(StoryStoreContract.Story("story-by-blake", "team-1", Now, "aad-blake") with { Title = "Garden story by Blake", AuthorName = "Blake" }, Token);
        await store.CelebrateAsync("story-by-blake", "AAD-Alex", Now, Token);
        await store.CelebrateAsync("story-by-blake", "aad-blake", Now, Token);
        await store.CelebrateAsync("story-by-alex", "aad-blake", Now, Token);
        return store;
    }

    private IPersonalDataSource Source() => PersonalDataSource("stories");
}

/// <summary>The "stories" source on SQLite.</summary>
public sealed class StoryPersonalDataContractOnSqlite() : StoryPersonalDataContract(StoreBackend.Sqlite());

/// <summary>The "stories" source on Azure Tables (Azurite).</summary>
[Slow]
public sealed class StoryPersonalDataContractOnAzurite(Azurite azurite) : StoryPersonalDataContract(StoreBackend.Azure(azurite));
