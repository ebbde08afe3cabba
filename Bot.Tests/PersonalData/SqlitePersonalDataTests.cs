using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.PersonalData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>Export and delete over every registered personal-data source, on the real host's SQLite file.</summary>
public sealed class SqlitePersonalDataTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] KnownPersonTables = ["people", "conversations", "exercise_sessions", "check_in_answers", "outbox", "team_members"];
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public void Every_store_with_personal_data_is_a_registered_source()
    {
        var names = _app.Services.GetServices<IPersonalDataSource>().Select(s => s.Name).ToList();

        Assert.Equal(
            ["people", "conversations", "exerciseSessions", "checkIns", "outbox", "unreachable", "teamMemberships", "downloadLinks"],
            names);
    }

    [Fact]
    public async Task Every_table_with_a_person_column_belongs_to_a_personal_data_source()
    {
        var covered = SqlitePersonalDataSources.All.SelectMany(s => s.Tables).Select(t => t.Table).ToHashSet(StringComparer.Ordinal);

        var personTables = (await SchemaScan.PersonColumnsAsync(_app.Get<SqliteDatabase>(), Token)).Select(c => c.Table).Distinct().ToList();

        Assert.Contains("check_in_cycles", personTables);
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
            Assert.True(sources[source.Name] is JsonObject { Count: > 0 }, $"The export has nothing from {source.Name}");
        }

        var text = export.ToJsonString();
        foreach (var mine in new[] { "exerciseSessions", "checkIns", "conversations", "outbox", "people", "teamMemberships" })
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
        var personColumns = await SchemaScan.PersonColumnsAsync(database, Token);
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

        Assert.True(blakeRows >= 10, $"only {blakeRows} rows of the other person are left");
        Assert.NotNull((await _app.Get<PersonalDataControl>().ExportAsync(PersonalDataSeed.Blake.Identity, Token))["sources"]!["checkIns"]);
    }

    [Fact]
    public async Task Delete_of_someone_unknown_removes_nothing()
    {
        await SeedBothAsync();

        var removed = await _app.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity("29:nobody", null), Token);

        Assert.All(removed, r => Assert.Equal(0, r.Count));
    }

    private async Task SeedBothAsync()
    {
        await PersonalDataSeed.Alex.WriteAsync(_app.Services, Now, Token);
        await PersonalDataSeed.Blake.WriteAsync(_app.Services, Now, Token);
    }
}
