using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// Champions' stops of the weekly ask for a story (decision 079) on both backends: one per team and person whatever the
/// id's case, listed by team and by person, removed by the person's own undo, and part of "my data" (exported, kept as
/// it is by the delete (decision 104), never purged by age).
/// </summary>
public abstract class StoryAskStopsContract(StoreBackend backend) : StoreContract(backend)
{
    private const string AlexAad = "AAAAAAAA-0000-0000-0000-0000000000A1";
    private const string BlakeAad = "bbbbbbbb-0000-0000-0000-0000000000b2";
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Alex = new("29:alex", AlexAad);
    private static readonly PersonIdentity Blake = new("29:blake", BlakeAad);

    [Fact]
    public async Task A_stop_is_kept_once_per_team_and_person_and_listed_by_team_and_by_person()
    {
        var stops = Store<IStoryAskStops>();
        await stops.StopAsync(new StoryAskStop("team-1", AlexAad, Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new StoryAskStop("team-1", AlexAad.ToLowerInvariant(), Alex.TeamsUserId, Now.AddDays(1)), Token);
        await stops.StopAsync(new StoryAskStop("team-2", AlexAad, Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new StoryAskStop("team-1", BlakeAad, Blake.TeamsUserId, Now), Token);

        var team = await stops.ListForTeamAsync("team-1", Token);
        var alexs = await stops.ListForPersonAsync(AlexAad, Token);

        Assert.Equal([AlexAad.ToLowerInvariant(), BlakeAad], team.Select(stop => stop.AadObjectId));
        Assert.Equal(Now, team[0].StoppedAt);
        Assert.Equal(["team-1", "team-2"], alexs.Select(stop => stop.TeamId));
        Assert.Empty(await stops.ListForTeamAsync("team-3", Token));
    }

    [Fact]
    public async Task Resuming_removes_only_that_persons_stop_in_that_team()
    {
        var stops = Store<IStoryAskStops>();
        await stops.StopAsync(new StoryAskStop("team-1", AlexAad, Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new StoryAskStop("team-2", AlexAad, Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new StoryAskStop("team-1", BlakeAad, Blake.TeamsUserId, Now), Token);

        Assert.True(await stops.ResumeAsync("team-1", AlexAad.ToLowerInvariant(), Token));
        Assert.False(await stops.ResumeAsync("team-1", AlexAad, Token));

        Assert.Equal(["team-2"], (await stops.ListForPersonAsync(AlexAad, Token)).Select(stop => stop.TeamId));
        Assert.Equal([BlakeAad], (await stops.ListForTeamAsync("team-1", Token)).Select(stop => stop.AadObjectId));
    }

    // Decision 104: "delete my data" keeps the stop as it is (it holds the stop alone), so a champion named again is still
    // not asked; it is still the person's, in the export.
    [Fact]
    public async Task The_stop_is_in_my_data_and_the_delete_keeps_it_as_it_is()
    {
        var stops = Store<IStoryAskStops>();
        var source = PersonalDataSource("storyAskStops");
        await stops.StopAsync(new StoryAskStop("team-1", AlexAad, Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new StoryAskStop("team-1", BlakeAad, Blake.TeamsUserId, Now), Token);
        var before = await stops.ListForPersonAsync(AlexAad, Token);

        var export = Assert.IsType<JsonArray>((await source.ExportAsync(Alex, Token))?["stops"]).ToJsonString();
        var byTeamsIdOnly = await source.ExportAsync(Alex with { AadObjectId = null }, Token);
        Assert.Equal(0, await source.PurgeBeforeAsync(Now.AddYears(5), Token));
        Assert.Equal(0, await source.DeleteAsync(Alex, Token));

        Assert.Contains("team-1", export, StringComparison.Ordinal);
        Assert.DoesNotContain("bbbbbbbb", export, StringComparison.Ordinal);
        Assert.NotNull(byTeamsIdOnly);
        Assert.Equal(export, Assert.IsType<JsonArray>((await source.ExportAsync(Alex, Token))?["stops"]).ToJsonString());
        Assert.Equal(before, await stops.ListForPersonAsync(AlexAad, Token));
        Assert.Equal(2, (await stops.ListForTeamAsync("team-1", Token)).Count);
    }
}

/// <summary>The IStoryAskStops contract on SQLite.</summary>
public sealed class StoryAskStopsContractOnSqlite() : StoryAskStopsContract(StoreBackend.Sqlite());

/// <summary>The IStoryAskStops contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class StoryAskStopsContractOnAzurite(Azurite azurite) : StoryAskStopsContract(StoreBackend.Azure(azurite));
