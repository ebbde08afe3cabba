using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;

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

    /// <summary>
    /// A guard for decision 084: on SQLite the stop is bared in the same transaction as the check-ins delete, so a
    /// failure later in that transaction (a trigger refuses the personal cycle's delete) leaves the row as it was,
    /// neither deleted nor half-bared.
    /// </summary>
    [Fact]
    public async Task The_stop_is_bared_in_the_same_transaction_as_the_check_ins_delete()
    {
        var database = _app.Get<SqliteDatabase>();
        var checkIns = _app.Get<ICheckInStore>();
        var stop = new CheckInPreferences("29:robin") { OptedOut = true, SavedExerciseRemindersOff = true, RemindersSent = new Dictionary<string, int> { ["cycle-1"] = 2 } };
        await checkIns.SavePreferencesAsync(stop, Token);
        await database.ExecuteAsync(
            "CREATE TRIGGER refuse_cycle_delete BEFORE DELETE ON check_in_cycles BEGIN SELECT RAISE(ABORT, 'the disk went away'); END;", _ => { }, Token);
        await checkIns.SaveCycleAsync(new CheckInCycle("own-cycle", null, TimeProvider.System.GetUtcNow(), TimeProvider.System.GetUtcNow().AddDays(1), false) { OwnerPersonId = "29:robin" }, Token);
        var source = _app.Services.GetServices<IPersonalDataSource>().Single(source => source.Name == "checkIns");

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => source.DeleteAsync(new PersonIdentity("29:robin", null), Token));

        var after = await checkIns.GetPreferencesAsync("29:robin", Token);
        Assert.Equal((true, true, 2), (after.OptedOut, after.SavedExerciseRemindersOff, after.RemindersSentFor("cycle-1")));
    }
}
