using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.PersonalData;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>Export and delete over every registered personal-data source, on the real host's SQLite file.</summary>
public sealed class SqlitePersonalDataTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] KnownPersonTables =
    [
        "people", "conversations", "exercise_sessions", "check_in_answers", "outbox", "team_members", "you_said_responses", "stories",
        "story_celebrations", "learning_sets", "learning_answers", "check_in_deliveries", "team_rhythms", "app_install_attempts",
    ];

    // Person-like columns that name nobody, and why.
    private static readonly (string Table, string Column)[] Anonymous =
    [
        ("momentum_snapshots", "members"), // a head count of the team that week, not who they are
    ];
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public void Every_store_with_personal_data_is_a_registered_source()
    {
        var names = _app.Services.GetServices<IPersonalDataSource>().Select(s => s.Name).ToList();

        Assert.Equal(
            [
                "stories", "learningSetAnswers", "people", "conversations", "exerciseSessions", "checkIns", "outbox", "unreachable", "teamMemberships",
                "downloadLinks", "appInstalls", "checkInDeliveries", "teamRhythmsSet", "learningSetMemberships", "youSaidResponses",
            ],
            names);
    }

    [Fact]
    public async Task Every_table_with_a_person_column_belongs_to_a_personal_data_source()
    {
        var covered = SqlitePersonalDataSources.All.SelectMany(s => s.Tables).Select(t => t.Table).ToHashSet(StringComparer.Ordinal);

        var personTables = (await SchemaScan.PersonColumnsAsync(_app.Get<SqliteDatabase>(), Token)).Except(Anonymous).Select(c => c.Table).Distinct().ToList();

        Assert.Contains("check_in_cycles", personTables);
        Assert.All(KnownPersonTables, table => Assert.Contains(table, personTables));
        Assert.All(personTables, table => Assert.True(covered.Contains(table), $"{table} has a person column but no personal-data source covers it"));
    }

    [Fact]
    public async Task Export_holds_the_persons_data_from_every_source_and_nothing_of_anyone_else()
    {
        await SeedBothAsync();

        var export = await _app.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Alex.Identity, Token);

        var sources = export["sources"]!.AsObject();
        foreach (var source in _app.Services.GetServices<IPersonalDataSource>())
        {
            Assert.True(sources[source.Name] is JsonObject { Count: > 0 } or JsonArray { Count: > 0 }, $"The export has nothing from {source.Name}");
        }

        var alex = PersonalDataSeed.Alex;
        Assert.Contains(alex.StoryId, sources["stories"]!.ToJsonString(), StringComparison.Ordinal);
        foreach (var (source, id) in new[] { ("appInstalls", alex.AadObjectId), ("teamRhythmsSet", alex.AadObjectId), ("learningSetMemberships", alex.AadObjectId), ("checkInDeliveries", alex.TeamsUserId) })
        {
            Assert.Contains(id, sources[source]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }

        var text = export.ToJsonString();
        foreach (var mine in new[] { "exerciseSessions", "checkIns", "conversations", "outbox", "people", "teamMemberships", "youSaidResponses", "learningSetAnswers" })
        {
            Assert.Contains(PersonalDataSeed.Alex.Marker, sources[mine]!.ToJsonString(), StringComparison.Ordinal);
        }

        foreach (var theirs in new[] { PersonalDataSeed.Blake.Marker, PersonalDataSeed.Blake.TeamsUserId, PersonalDataSeed.Blake.AadObjectId, PersonalDataSeed.Blake.ConversationId })
        {
            Assert.DoesNotContain(theirs, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task After_delete_no_row_in_any_table_names_the_person_and_the_other_persons_rows_stay()
    {
        await SeedBothAsync();
        var database = _app.Get<SqliteDatabase>();
        var personColumns = (await SchemaScan.PersonColumnsAsync(database, Token)).Except(Anonymous).ToList();
        string[] alexIds = [PersonalDataSeed.Alex.TeamsUserId, PersonalDataSeed.Alex.AadObjectId];
        string[] blakeIds = [PersonalDataSeed.Blake.TeamsUserId, PersonalDataSeed.Blake.AadObjectId];
        Assert.All(KnownPersonTables, table => Assert.Contains(personColumns, c => c.Table == table));

        var removed = await _app.Get<PersonalDataControl>().DeleteAsync(PersonalDataSeed.Alex.Identity, Token);

        Assert.All(removed, r => Assert.True(r.Count > 0, $"{r.Source} removed nothing"));
        foreach (var (table, column) in personColumns)
        {
            Assert.True(await SchemaScan.CountAsync(database, table, column, alexIds, Token) == 0, $"{table}.{column} still names the deleted person");
        }

        Assert.Empty(await SchemaScan.WhereTextAppearsAsync(database, PersonalDataSeed.Alex.Marker, Token));
        Assert.NotEmpty(await SchemaScan.WhereTextAppearsAsync(database, PersonalDataSeed.Blake.Marker, Token));
        var blakeRows = 0L;
        foreach (var (table, column) in personColumns)
        {
            blakeRows += await SchemaScan.CountAsync(database, table, column, blakeIds, Token);
        }

        Assert.True(blakeRows >= 20, $"only {blakeRows} rows of the other person are left");
        await AssertTeamKeepsWhatAlexLeftAsync();
        Assert.NotNull((await _app.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Blake.Identity, Token))["sources"]!["checkIns"]);
    }

    [Fact]
    public async Task Delete_of_someone_unknown_removes_nothing()
    {
        await SeedBothAsync();

        var removed = await _app.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity("29:nobody", null), Token);

        Assert.All(removed, r => Assert.Equal(0, r.Count));
    }

    // The story, the rhythm and the learning set belong to the team: they stay, without the person.
    private async Task AssertTeamKeepsWhatAlexLeftAsync()
    {
        var story = await _app.Get<IStoryStore>().GetAsync(PersonalDataSeed.Alex.StoryId, Token);
        Assert.Equal(("A kept story", "", null), (story?.Title, story?.AuthorAadObjectId, story?.AuthorName));
        Assert.NotNull(await _app.Get<ITeamRhythmStore>().GetAsync("19:rhythm-alex", Token));
        var set = await _app.Get<ILearningSetStore>().GetAsync("set-alex", Token);
        Assert.Equal(["aad-someone-else", "aad-third-member"], set!.Members);
        Assert.Equal(3, (await _app.Get<ILearningSetStore>().GetAsync("set-blake", Token))!.Members.Count);
    }

    private async Task SeedBothAsync()
    {
        foreach (var person in new[] { PersonalDataSeed.Alex, PersonalDataSeed.Blake })
        {
            await person.WriteAsync(_app.Services, Now, Token);
            await person.WriteTeamWorkAsync(_app.Services, Now, Token);
        }
    }
}
