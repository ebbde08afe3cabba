using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// People's stops of groups of one-off notes (decision 096) on both backends: one per person and group whatever the id's
/// case, listed by person (and by the Teams id pressed with), removed by the person's own undo, and part of "my data"
/// (exported, also by Teams id alone, kept as they are by the delete (decision 104), never purged by age).
/// </summary>
public abstract class NoteStopsContract(StoreBackend backend) : StoreContract(backend)
{
    private const string AlexAad = "AAAAAAAA-0000-0000-0000-0000000000A1";
    private const string BlakeAad = "bbbbbbbb-0000-0000-0000-0000000000b2";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Alex = new("29:alex", AlexAad);
    private static readonly PersonIdentity Blake = new("29:blake", BlakeAad);

    [Fact]
    public async Task A_stop_is_kept_once_per_person_and_group_and_listed_by_person()
    {
        var stops = Store<INoteStops>();
        await stops.StopAsync(new NoteStop(AlexAad, "roles", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(AlexAad.ToLowerInvariant(), "roles", Alex.TeamsUserId, Now.AddDays(1)), Token);
        await stops.StopAsync(new NoteStop(AlexAad, "stories", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(BlakeAad, "roles", Blake.TeamsUserId, Now), Token);

        var alexs = await stops.ListForPersonAsync(AlexAad.ToLowerInvariant(), Token);

        Assert.Equal(["roles", "stories"], alexs.Select(stop => stop.Group));
        Assert.Equal(Now, alexs[0].StoppedAt);
        Assert.Equal(AlexAad.ToLowerInvariant(), alexs[0].AadObjectId);
        Assert.Equal(Alex.TeamsUserId, alexs[0].TeamsUserId);
        Assert.Empty(await stops.ListForPersonAsync("cccccccc-0000-0000-0000-0000000000c3", Token));
    }

    [Fact]
    public async Task Resuming_removes_only_that_persons_stop_of_that_group()
    {
        var stops = Store<INoteStops>();
        await stops.StopAsync(new NoteStop(AlexAad, "roles", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(AlexAad, "stories", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(BlakeAad, "roles", Blake.TeamsUserId, Now), Token);

        Assert.True(await stops.ResumeAsync(AlexAad.ToLowerInvariant(), "roles", Token));
        Assert.False(await stops.ResumeAsync(AlexAad, "roles", Token));

        Assert.Equal(["stories"], (await stops.ListForPersonAsync(AlexAad, Token)).Select(stop => stop.Group));
        Assert.Equal(["roles"], (await stops.ListForPersonAsync(BlakeAad, Token)).Select(stop => stop.Group));
    }

    // Decision 104: "delete my data" keeps the stops as they are (they hold the stop alone), so the notes stay stopped;
    // they are still the person's, in the export.
    [Fact]
    public async Task The_stops_are_in_my_data_and_the_delete_keeps_them_as_they_are()
    {
        var stops = Store<INoteStops>();
        var source = PersonalDataSource("noteStops");
        await stops.StopAsync(new NoteStop(AlexAad, "roles", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(AlexAad, "shares", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(BlakeAad, "roles", Blake.TeamsUserId, Now), Token);
        var before = await stops.ListForPersonAsync(AlexAad, Token);

        var export = Assert.IsType<JsonArray>((await source.ExportAsync(Alex, Token))?["stops"]).ToJsonString();
        var byTeamsIdOnly = await source.ExportAsync(Alex with { AadObjectId = null }, Token);
        Assert.Equal(0, await source.PurgeBeforeAsync(Now.AddYears(5), Token));
        Assert.Equal(0, await source.DeleteAsync(Alex, Token));
        Assert.Equal(0, await source.DeleteAsync(Alex, Token));

        Assert.Contains("shares", export, StringComparison.Ordinal);
        Assert.DoesNotContain("bbbbbbbb", export, StringComparison.Ordinal);
        Assert.NotNull(byTeamsIdOnly);
        Assert.Equal(export, Assert.IsType<JsonArray>((await source.ExportAsync(Alex, Token))?["stops"]).ToJsonString());
        Assert.Equal(before, await stops.ListForPersonAsync(AlexAad, Token));
        Assert.Single(await stops.ListForPersonAsync(BlakeAad, Token));
    }

    // Decision 104: a note to someone the bot holds no profile of (their delete removed it) finds their stops by Teams id.
    [Fact]
    public async Task The_stops_are_listed_by_the_Teams_id_they_were_pressed_with()
    {
        var stops = Store<INoteStops>();
        await stops.StopAsync(new NoteStop(AlexAad, "team", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(AlexAad, "roles", Alex.TeamsUserId, Now), Token);
        await stops.StopAsync(new NoteStop(BlakeAad, "team", Blake.TeamsUserId, Now), Token);

        var alexs = await stops.ListForTeamsUserAsync(Alex.TeamsUserId, Token);

        Assert.Equal(["roles", "team"], alexs.Select(stop => stop.Group));
        Assert.All(alexs, stop => Assert.Equal(AlexAad.ToLowerInvariant(), stop.AadObjectId));
        Assert.Empty(await stops.ListForTeamsUserAsync("29:nobody", Token));
    }
}

/// <summary>The INoteStops contract on SQLite.</summary>
public sealed class NoteStopsContractOnSqlite() : NoteStopsContract(StoreBackend.Sqlite());

/// <summary>The INoteStops contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class NoteStopsContractOnAzurite(Azurite azurite) : NoteStopsContract(StoreBackend.Azure(azurite));
