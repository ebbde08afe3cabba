using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Export and delete over every registered personal-data source on the real host, the same bodies on SQLite and on
/// Azure Tables (<see cref="PersonalDataOnSqlite"/>, <see cref="PersonalDataOnAzurite"/>). What is left after a delete
/// is read from the storage itself (<see cref="PersonalDataBackend.MentionsAsync"/>), not through the stores.
/// </summary>
public abstract class PersonalDataContract(PersonalDataBackend backend) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private BotAppFactory? _app;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected BotAppFactory App => _app ?? throw new InvalidOperationException("Not started");

    public async ValueTask InitializeAsync() => _app = await backend.CreateAppAsync(new Dictionary<string, string?>(), null, Token);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Every_store_with_personal_data_is_a_registered_source()
    {
        var names = App.Services.GetServices<IPersonalDataSource>().Select(s => s.Name).ToList();

        Assert.Equal(
            [
                "stories", "storyAskStops", "noteStops", "learningSetAnswers", "people", "conversations", "exerciseSessions", "checkIns", "outbox", "unreachable", "teamMemberships",
                "downloadLinks", "appInstalls", "checkInDeliveries", "teamRhythmsSet", "learningSetMemberships", "youSaidResponses", "supportRequests",
                "entryShares",
            ],
            names);
    }

    [Fact]
    public async Task Export_holds_the_persons_data_from_every_source_and_nothing_of_anyone_else()
    {
        await SeedBothAsync();

        var export = await App.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Alex.Identity, Token);

        var sources = export["sources"]!.AsObject();
        foreach (var source in App.Services.GetServices<IPersonalDataSource>())
        {
            Assert.True(sources[source.Name] is JsonObject { Count: > 0 } or JsonArray { Count: > 0 }, $"The export has nothing from {source.Name}");
        }

        var alex = PersonalDataSeed.Alex;
        Assert.Contains(alex.StoryId, sources["stories"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(alex.Marker + " offered story", sources["stories"]!["offered"]!.ToJsonString(), StringComparison.Ordinal);
        foreach (var (source, id) in new[] { ("appInstalls", alex.AadObjectId), ("teamRhythmsSet", alex.AadObjectId), ("learningSetMemberships", alex.AadObjectId), ("checkInDeliveries", alex.TeamsUserId), ("storyAskStops", alex.AadObjectId), ("noteStops", alex.AadObjectId) })
        {
            Assert.Contains(id, sources[source]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.NotEmpty(sources["teamMemberships"]!["formerChampion"]!.AsArray());
        foreach (var mine in new[] { "exerciseSessions", "checkIns", "conversations", "outbox", "people", "teamMemberships", "youSaidResponses", "learningSetAnswers", "supportRequests", "entryShares" })
        {
            Assert.Contains(alex.Marker, sources[mine]!.ToJsonString(), StringComparison.Ordinal);
        }

        var text = export.ToJsonString();
        foreach (var theirs in new[] { PersonalDataSeed.Blake.Marker, PersonalDataSeed.Blake.TeamsUserId, PersonalDataSeed.Blake.AadObjectId, PersonalDataSeed.Blake.ConversationId })
        {
            Assert.DoesNotContain(theirs, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Export_sections_are_named_as_on_SQLite_and_a_copy_kept_for_the_team_is_not_listed_twice()
    {
        await SeedBothAsync();

        var sources = (await App.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Alex.Identity, Token))["sources"]!.AsObject();

        foreach (var (name, tables) in SqlitePersonalDataSources.All)
        {
            var sections = sources[name]!.AsObject().Select(section => section.Key).ToList();
            Assert.All(sections, section => Assert.Contains(section, tables.Select(table => table.ExportName)));
        }

        // One answer and one personal cycle, though the team keeps a copy of the answer and the owner list one of the cycle.
        var checkIns = sources["checkIns"]!;
        Assert.Single(checkIns["answers"]!.AsArray());
        Assert.Single(checkIns["personalCycles"]!.AsArray());
    }

    // Decision 104: the stops of notes and of story asks are kept as they are (the stop alone); nothing else names them.
    [Fact]
    public async Task After_delete_nothing_stored_names_the_person_but_their_kept_stops_and_the_other_persons_rows_stay()
    {
        await SeedBothAsync();
        Assert.NotEmpty(await backend.MentionsAsync(App, PersonalDataSeed.Alex, Token));
        var before = (await App.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Alex.Identity, Token))["sources"]!;

        var removed = await App.Get<PersonalDataControl>().DeleteAsync(PersonalDataSeed.Alex.Identity, Token);

        Assert.All(removed.Where(r => !MyDataCards.KeptWhole.Contains(r.Source)), r => Assert.True(r.Count > 0, $"{r.Source} removed nothing"));
        Assert.All(removed.Where(r => MyDataCards.KeptWhole.Contains(r.Source)), r => Assert.True(r.Count == 0, $"{r.Source} removed a kept stop"));
        var left = await backend.MentionsAsync(App, PersonalDataSeed.Alex, Token);
        Assert.True(left.All(IsKeptStop), $"Still naming the deleted person: {string.Join(", ", left.Where(m => !IsKeptStop(m)).Select(m => m.Place))}");
        Assert.Equal(["roles"], (await App.Get<INoteStops>().ListForPersonAsync(PersonalDataSeed.Alex.AadObjectId, Token)).Select(stop => stop.Group));
        Assert.Equal([PersonalDataSeed.TeamId], (await App.Get<IStoryAskStops>().ListForPersonAsync(PersonalDataSeed.Alex.AadObjectId, Token)).Select(stop => stop.TeamId));
        var after = (await App.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Alex.Identity, Token))["sources"]!.AsObject();
        Assert.Equal(["storyAskStops", "noteStops"], after.Where(source => source.Value is not null).Select(source => source.Key));
        Assert.All(MyDataCards.KeptWhole, source => Assert.Equal(before[source]!.ToJsonString(), after[source]!.ToJsonString()));
        var blake = await backend.MentionsAsync(App, PersonalDataSeed.Blake, Token);
        Assert.Contains(blake, mention => mention.ByMarker);
        var blakeRows = blake.Where(mention => !mention.ByMarker).Sum(mention => mention.Rows);
        Assert.True(blakeRows >= 20, $"only {blakeRows} rows of the other person are left");
        await AssertTeamKeepsWhatAlexLeftAsync();
        Assert.NotNull((await App.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Blake.Identity, Token))["sources"]!["checkIns"]);
    }

    // Decision 079: a Stop check-ins outlives the delete as the stop alone, on both backends; nothing else names them.
    [Fact]
    public async Task A_stop_of_check_ins_is_kept_bare_and_nothing_else_names_the_person()
    {
        await SeedBothAsync();
        var alex = PersonalDataSeed.Alex;
        var checkIns = App.Get<ICheckInStore>();
        await checkIns.SavePreferencesAsync(
            new CheckInPreferences(alex.TeamsUserId) { OptedOut = true, PausedUntil = Now.AddDays(28), SavedExerciseRemindersOff = true, RemindersSent = new Dictionary<string, int> { ["cycle-1"] = 2 } },
            Token);

        await App.Get<PersonalDataControl>().DeleteAsync(alex.Identity, Token);

        var kept = await checkIns.GetPreferencesAsync(alex.TeamsUserId, Token);
        Assert.Equal((true, null, null, false, 0), (kept.OptedOut, kept.PausedUntil, kept.SnoozedUntil, kept.SavedExerciseRemindersOff, kept.RemindersSent.Count));
        var left = (await backend.MentionsAsync(App, alex, Token)).Where(mention => !IsKeptStop(mention)).ToList();
        Assert.True(left.Sum(mention => mention.Rows) == 1 && !left.Any(mention => mention.ByMarker), $"Still naming the deleted person: {string.Join(", ", left.Select(m => m.Place))}");
        var export = (await App.Get<PersonalDataControl>().ExportAsync(alex.Identity, Token))["sources"]!.AsObject();
        Assert.Equal(["storyAskStops", "noteStops", "checkIns"], export.Where(source => source.Value is not null).Select(source => source.Key));
    }

    // Decision 084: a running pause outlives the delete as its end alone; a pause that has ended is not kept.
    [Fact]
    public async Task A_running_pause_is_kept_bare_and_one_that_has_ended_is_not()
    {
        await SeedBothAsync();
        var (alex, blake) = (PersonalDataSeed.Alex, PersonalDataSeed.Blake);
        var checkIns = App.Get<ICheckInStore>();
        var now = App.Get<TimeProvider>().GetUtcNow();
        await checkIns.SavePreferencesAsync(
            new CheckInPreferences(alex.TeamsUserId) { PausedUntil = now.AddDays(28), SnoozedUntil = now.AddHours(2), SavedExerciseRemindersOff = true, RemindersSent = new Dictionary<string, int> { ["cycle-1"] = 2 } },
            Token);
        await checkIns.SavePreferencesAsync(new CheckInPreferences(blake.TeamsUserId) { PausedUntil = now.AddMinutes(-1) }, Token);

        await App.Get<PersonalDataControl>().DeleteAsync(alex.Identity, Token);
        await App.Get<PersonalDataControl>().DeleteAsync(blake.Identity, Token);

        var kept = await checkIns.GetPreferencesAsync(alex.TeamsUserId, Token);
        Assert.Equal((false, now.AddDays(28), null, false, 0), (kept.OptedOut, kept.PausedUntil, kept.SnoozedUntil, kept.SavedExerciseRemindersOff, kept.RemindersSent.Count));
        var left = (await backend.MentionsAsync(App, alex, Token)).Where(mention => !IsKeptStop(mention)).ToList();
        Assert.True(left.Sum(mention => mention.Rows) == 1 && !left.Any(mention => mention.ByMarker), $"Still naming the deleted person: {string.Join(", ", left.Select(m => m.Place))}");
        Assert.DoesNotContain(await backend.MentionsAsync(App, blake, Token), mention => !IsKeptStop(mention));
        Assert.All(await App.Get<PersonalDataControl>().DeleteAsync(alex.Identity, Token), again => Assert.Equal(0, again.Count));
    }

    // Decision 084: the stop is never deleted and written again, so a delete that fails between any two of its steps
    // (here, before each source in turn) leaves it in place; the delete run again finishes and keeps it bare.
    [Fact]
    public async Task A_delete_that_fails_part_way_leaves_the_stop_and_the_pause()
    {
        await SeedBothAsync();
        var (alex, blake) = (PersonalDataSeed.Alex, PersonalDataSeed.Blake);
        var checkIns = App.Get<ICheckInStore>();
        var pausedUntil = App.Get<TimeProvider>().GetUtcNow().AddDays(28);
        await checkIns.SavePreferencesAsync(new CheckInPreferences(alex.TeamsUserId) { OptedOut = true, RemindersSent = new Dictionary<string, int> { ["cycle-1"] = 1 } }, Token);
        await checkIns.SavePreferencesAsync(new CheckInPreferences(blake.TeamsUserId) { PausedUntil = pausedUntil, SnoozedUntil = pausedUntil }, Token);
        var sources = App.Services.GetServices<IPersonalDataSource>().ToList();

        for (var failAt = 0; failAt < sources.Count; failAt++)
        {
            var failing = new PersonalDataControl(
                sources.Select((source, i) => i == failAt ? new FailingSource(source) : source), App.Services.GetServices<IKeptStop>(), App.Get<TimeProvider>());
            foreach (var person in new[] { alex, blake })
            {
                await Assert.ThrowsAsync<IOException>(() => failing.DeleteAsync(person.Identity, Token));
            }

            Assert.True((await checkIns.GetPreferencesAsync(alex.TeamsUserId, Token)).OptedOut, $"The stop was lost when the delete failed at {sources[failAt].Name}");
            Assert.Equal(pausedUntil, (await checkIns.GetPreferencesAsync(blake.TeamsUserId, Token)).PausedUntil);
            foreach (var person in new[] { alex, blake })
            {
                Assert.True((await App.Get<INoteStops>().ListForPersonAsync(person.AadObjectId, Token)).Count == 1, $"A note stop was lost when the delete failed at {sources[failAt].Name}");
                Assert.True((await App.Get<IStoryAskStops>().ListForPersonAsync(person.AadObjectId, Token)).Count == 1, $"A story-ask stop was lost when the delete failed at {sources[failAt].Name}");
            }
        }

        await App.Get<PersonalDataControl>().DeleteAsync(alex.Identity, Token);
        await App.Get<PersonalDataControl>().DeleteAsync(blake.Identity, Token);
        var (stop, pause) = (await checkIns.GetPreferencesAsync(alex.TeamsUserId, Token), await checkIns.GetPreferencesAsync(blake.TeamsUserId, Token));
        Assert.Equal((true, null, 0), (stop.OptedOut, stop.PausedUntil, stop.RemindersSent.Count));
        Assert.Equal((false, pausedUntil, null), (pause.OptedOut, pause.PausedUntil, pause.SnoozedUntil));
        Assert.Equal(1, (await backend.MentionsAsync(App, alex, Token)).Where(mention => !IsKeptStop(mention)).Sum(mention => mention.Rows));
    }

    [Fact]
    public async Task A_second_delete_finds_nothing_left_to_remove()
    {
        await SeedBothAsync();
        await App.Get<PersonalDataControl>().DeleteAsync(PersonalDataSeed.Alex.Identity, Token);

        var again = await App.Get<PersonalDataControl>().DeleteAsync(PersonalDataSeed.Alex.Identity, Token);

        Assert.All(again, r => Assert.Equal(0, r.Count));
    }

    [Fact]
    public async Task Delete_of_someone_unknown_removes_nothing()
    {
        await SeedBothAsync();

        var removed = await App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity("29:nobody", null), Token);

        Assert.All(removed, r => Assert.Equal(0, r.Count));
    }

    // The stop rows of notes and story asks a delete keeps as they are (decision 104): a person column of the table on
    // SQLite, an entity of the table on Azure.
    private static readonly string[] KeptStopTables = ["note_stops.", "story_ask_stops.", "notestops[", "storyaskstops["];

    private static bool IsKeptStop(Mention mention) =>
        !mention.ByMarker && KeptStopTables.Any(table => mention.Place.Contains(table, StringComparison.Ordinal));

    // The story, the rhythm and the learning set belong to the team: they stay, without the person.
    private async Task AssertTeamKeepsWhatAlexLeftAsync()
    {
        var story = await App.Get<IStoryStore>().GetAsync(PersonalDataSeed.Alex.StoryId, Token);
        Assert.Equal(("A kept story", "", null), (story?.Title, story?.AuthorAadObjectId, story?.AuthorName));
        Assert.Null(await App.Get<IStoryOfferStore>().GetAsync(PersonalDataSeed.Alex.OfferId, Token));
        Assert.NotNull(await App.Get<IStoryOfferStore>().GetAsync(PersonalDataSeed.Blake.OfferId, Token));
        Assert.NotNull(await App.Get<ITeamRhythmStore>().GetAsync("19:rhythm-alex", Token));
        var set = await App.Get<ILearningSetStore>().GetAsync("set-alex", Token);
        Assert.Equal(["aad-someone-else", "aad-third-member"], set!.Members);
        Assert.Equal(3, (await App.Get<ILearningSetStore>().GetAsync("set-blake", Token))!.Members.Count);
    }

    private async Task SeedBothAsync()
    {
        foreach (var person in new[] { PersonalDataSeed.Alex, PersonalDataSeed.Blake })
        {
            await person.WriteAsync(App.Services, Now, Token);
            await person.WriteTeamWorkAsync(App.Services, Now, Token);
        }
    }
}

/// <summary>A source whose delete fails before it starts, as a crash or a lost connection there would.</summary>
internal sealed class FailingSource(IPersonalDataSource inner) : IPersonalDataSource
{
    public string Name => inner.Name;

    public Task<JsonNode?> ExportAsync(PersonIdentity person, CancellationToken cancellationToken) => inner.ExportAsync(person, cancellationToken);

    public Task<int> DeleteAsync(PersonIdentity person, CancellationToken cancellationToken) => throw new IOException("The store went away.");

    public Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.PurgeBeforeAsync(cutoff, cancellationToken);
}

public sealed class PersonalDataOnSqlite() : PersonalDataContract(PersonalDataBackend.Sqlite());

[Slow]
public sealed class PersonalDataOnAzurite(Azurite azurite) : PersonalDataContract(PersonalDataBackend.Azure(azurite));
