using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// The SQLite schema against the SQLite sources: a table with a person column that no source covers fails here. Export
/// and delete themselves are <see cref="PersonalDataContract"/>, on both backends.
/// </summary>
public sealed class SqlitePersonalDataTests : IDisposable
{
    private static readonly string[] KnownPersonTables =
    [
        "people", "conversations", "exercise_sessions", "check_in_answers", "outbox", "team_members", "you_said_responses", "stories",
        "story_celebrations", "learning_sets", "learning_answers", "check_in_deliveries", "team_rhythms", "app_install_attempts",
    ];

    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_table_with_a_person_column_belongs_to_a_personal_data_source()
    {
        var covered = SqlitePersonalDataSources.All.SelectMany(s => s.Tables).Select(t => t.Table).ToHashSet(StringComparer.Ordinal);

        var personTables = (await PersonalDataBackend.PersonColumnsAsync(_app.Get<SqliteDatabase>(), Token)).Select(c => c.Table).Distinct().ToList();

        Assert.Contains("check_in_cycles", personTables);
        Assert.All(KnownPersonTables, table => Assert.Contains(table, personTables));
        Assert.All(personTables, table => Assert.True(covered.Contains(table), $"{table} has a person column but no personal-data source covers it"));
    }
}
