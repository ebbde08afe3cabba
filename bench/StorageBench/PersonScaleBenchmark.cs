using System.Diagnostics;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.StorageBench;

/// <summary>
/// "My data" export and delete for one person of a large team after a year of weekly check-ins (decision 063), on
/// SQLite: every member has a check-in delivery per week and three outbox messages (the check-in and two reminders).
/// Each round runs the person's export and delete with the person indexes dropped and then created (or the other way
/// round, alternating), on the same file, so the ratio is measured in one session. The delete holds the write lease, so
/// its time is how long every other write of the bot waits.
/// </summary>
internal static class PersonScaleBenchmark
{
    private const string ThePerson = "29:the-one";
    private const string TheAad = "aad-the-one";

    // The indexes decision 063 adds; dropped for the "without" runs.
    private static readonly (string Name, string Create)[] Indexes =
    [
        ("ix_outbox_recipient", "CREATE INDEX ix_outbox_recipient ON outbox (recipient_id);"),
        ("ix_check_in_deliveries_person", "CREATE INDEX ix_check_in_deliveries_person ON check_in_deliveries (person_id);"),
    ];

    public static async Task RunAsync(int members, int weeks, int rounds, CancellationToken cancellationToken)
    {
        await using var backend = await BenchBackend.StartAsync("SQLite", null, cancellationToken);
        var database = backend.Get<SqliteDatabase>();
        var seed = Stopwatch.StartNew();
        await ExecuteAsync(database, SeedSql(members, weeks), cancellationToken);
        seed.Stop();
        var sources = backend.Get<IEnumerable<IPersonalDataSource>>().ToList();
        var person = new PersonIdentity(ThePerson, TheAad);
        Console.WriteLine($"SQLite, {members:N0} members x {weeks} weeks: {members * weeks * 3:N0} outbox rows, {members * weeks:N0} deliveries; seeded in {seed.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine("| round | indexes | export one person | delete one person (rows) |");
        Console.WriteLine("|---|---|---|---|");
        var times = new Dictionary<bool, List<(double Export, double Delete)>> { [false] = [], [true] = [] };
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var withIndexes in round % 2 == 1 ? new[] { false, true } : [true, false])
            {
                await SetIndexesAsync(database, withIndexes, cancellationToken);
                await ExecuteAsync(database, PersonSql(weeks), cancellationToken);
                var export = Stopwatch.StartNew();
                foreach (var source in sources)
                {
                    await source.ExportAsync(person, cancellationToken);
                }

                export.Stop();
                var delete = Stopwatch.StartNew();
                var removed = 0;
                foreach (var source in sources)
                {
                    removed += await source.DeleteAsync(person, cancellationToken);
                }

                delete.Stop();
                times[withIndexes].Add((export.Elapsed.TotalMilliseconds, delete.Elapsed.TotalMilliseconds));
                Console.WriteLine($"| {round} | {(withIndexes ? "with" : "without")} | {export.Elapsed.TotalMilliseconds:F1} ms | {delete.Elapsed.TotalMilliseconds:F1} ms ({removed}) |");
            }
        }

        var (exportBefore, deleteBefore) = Medians(times[false]);
        var (exportAfter, deleteAfter) = Medians(times[true]);
        Console.WriteLine($"medians: export {exportBefore:F1} -> {exportAfter:F1} ms ({exportBefore / exportAfter:F1}x), delete {deleteBefore:F1} -> {deleteAfter:F1} ms ({deleteBefore / deleteAfter:F1}x)");
    }

    private static (double Export, double Delete) Medians(List<(double Export, double Delete)> runs) =>
        (runs.Select(r => r.Export).Order().ElementAt(runs.Count / 2), runs.Select(r => r.Delete).Order().ElementAt(runs.Count / 2));

    private static Task<int> SetIndexesAsync(SqliteDatabase database, bool present, CancellationToken cancellationToken) =>
        ExecuteAsync(database, string.Concat(Indexes.Select(index => present ? index.Create.Replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", StringComparison.Ordinal) : $"DROP INDEX IF EXISTS {index.Name};")), cancellationToken);

    private static Task<int> ExecuteAsync(SqliteDatabase database, string sql, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, token) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            return await command.ExecuteNonQueryAsync(token);
        }, cancellationToken);

    // One team; members 29:m-0 .. 29:m-(n-1); a weekly cycle each week of the year, all sent and closed.
    private static string SeedSql(int members, int weeks) => $"""
        WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i + 1 < {members})
        INSERT INTO team_members (team_id, aad_object_id, teams_user_id, name, is_owner, is_champion, updated_at)
        SELECT '19:big-team', 'aad-m-' || i, '29:m-' || i, 'Member ' || i, 0, 0, '2026-11-01T00:00:00.0000000+00:00' FROM m;
        WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i + 1 < {members}),
             w(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM w WHERE k + 1 < {weeks})
        INSERT INTO check_in_deliveries (cycle_id, person_id, team_id, deliver_at, person_time_zone, team_time_zone, closes_at, reminders_sent, skipped, created_at)
        SELECT 'cycle-' || k, '29:m-' || i, '19:big-team', '2026-01-05T09:00:00.0000000+00:00', NULL, 'UTC', '2026-01-12T09:00:00.0000000+00:00', 2, 0, '2026-01-05T09:00:00.0000000+00:00'
        FROM w, m;
        {OutboxInsert("'29:m-' || i", $"(SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i + 1 < {members})", weeks)}
        """;

    // The person's own rows, put back before each round (the previous round deleted them).
    private static string PersonSql(int weeks) => $"""
        INSERT OR IGNORE INTO team_members (team_id, aad_object_id, teams_user_id, name, is_owner, is_champion, updated_at)
        VALUES ('19:big-team', '{TheAad}', '{ThePerson}', 'The one', 0, 0, '2026-11-01T00:00:00.0000000+00:00');
        WITH RECURSIVE w(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM w WHERE k + 1 < {weeks})
        INSERT OR IGNORE INTO check_in_deliveries (cycle_id, person_id, team_id, deliver_at, person_time_zone, team_time_zone, closes_at, reminders_sent, skipped, created_at)
        SELECT 'cycle-' || k, '{ThePerson}', '19:big-team', '2026-01-05T09:00:00.0000000+00:00', NULL, 'UTC', '2026-01-12T09:00:00.0000000+00:00', 2, 0, '2026-01-05T09:00:00.0000000+00:00' FROM w;
        {OutboxInsert($"'{ThePerson}'", "(SELECT 0)", weeks).Replace("INSERT INTO", "INSERT OR IGNORE INTO", StringComparison.Ordinal)}
        """;

    private static string OutboxInsert(string recipient, string people, int weeks) => $"""
        WITH RECURSIVE m(i) AS {people},
             w(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM w WHERE k + 1 < {weeks}),
             n(kind) AS (VALUES ('checkin'), ('reminder-1'), ('reminder-2'))
        INSERT INTO outbox (outbox_id, idempotency_key, cycle_id, recipient_id, tenant_id, kind, card_json, status, attempts, next_attempt_at,
                            conversation_recreated, created_at, sent_at)
        SELECT 'cycle-' || k || '|' || {recipient} || '|' || kind, 'cycle-' || k || '|' || {recipient} || '|' || kind, 'cycle-' || k, {recipient},
               'tenant-1', kind, '', 'Sent', 1, '2026-01-05T09:00:00.0000000+00:00', 0, '2026-01-05T09:00:00.0000000+00:00', '2026-01-05T09:00:01.0000000+00:00'
        FROM m, w, n;
        """;
}
