using Microsoft.Data.Sqlite;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Team check-in deliveries in the bot's SQLite file, one row per cycle and person; reminders counted in place. The
/// reminder scan leaves out the ones answered by a seek per open row on the answers' key (cycle, person), in the query.
/// </summary>
public sealed class SqliteCheckInDeliveryStore(SqliteDatabase database, TimeProvider time) : ICheckInDeliveryStore
{
    private const string Columns = "cycle_id, person_id, team_id, deliver_at, person_time_zone, team_time_zone, closes_at, reminders_sent, skipped";

    public Task<int> AddAsync(IReadOnlyList<CheckInDelivery> deliveries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.InsertEachAsync(
            $"""
            INSERT INTO check_in_deliveries ({Columns}, created_at)
            VALUES ($cycle, $person, $team, $at, $personZone, $teamZone, $closes, 0, 0, $now)
            ON CONFLICT (cycle_id, person_id) DO NOTHING;
            """,
            deliveries,
            (command, delivery) => command.With("$cycle", delivery.CycleId).With("$person", delivery.PersonId).With("$team", delivery.TeamId)
                .With("$at", delivery.DeliverAt).With("$personZone", delivery.PersonTimeZone).With("$teamZone", delivery.TeamTimeZone)
                .With("$closes", delivery.ClosesAt).With("$now", now),
            cancellationToken);
    }

    public Task<CheckInDelivery?> GetAsync(string cycleId, string personId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync($"SELECT {Columns} FROM check_in_deliveries WHERE cycle_id = $cycle AND person_id = $person;",
            command => command.With("$cycle", cycleId).With("$person", personId), Read, cancellationToken);

    public Task<IReadOnlyList<CheckInDelivery>> ListAwaitingReminderAsync(DateTimeOffset now, int maxReminders, CancellationToken cancellationToken) =>
        database.QueryListAsync(
            $"""
            SELECT {Columns} FROM check_in_deliveries AS delivery
            WHERE skipped = 0 AND closes_at > $now AND deliver_at <= $now AND reminders_sent < $max
              AND NOT EXISTS (SELECT 1 FROM check_in_answers AS answer WHERE answer.cycle_id = delivery.cycle_id AND answer.person_id = delivery.person_id)
            ORDER BY deliver_at, person_id;
            """,
            command => command.With("$now", now).With("$max", maxReminders),
            Read,
            cancellationToken);

    private const string CountReminder = """
        UPDATE check_in_deliveries SET reminders_sent = reminders_sent + 1
        WHERE cycle_id = $cycle AND person_id = $person AND reminders_sent = $sent AND skipped = 0;
        """;

    public async Task<bool> TryCountReminderAsync(string cycleId, string personId, int alreadySent, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            CountReminder,
            command => command.With("$cycle", cycleId).With("$person", personId).With("$sent", alreadySent),
            cancellationToken) == 1;

    // One transaction for the lot: a scan's reminders cost one commit, not one each (decision 073).
    public Task<int> CountRemindersAsync(IReadOnlyList<CheckInDelivery> reminded, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            CountReminder,
            reminded,
            (command, delivery) => command.With("$cycle", delivery.CycleId).With("$person", delivery.PersonId).With("$sent", delivery.RemindersSent),
            cancellationToken);

    public Task MarkSkippedAsync(string cycleId, string personId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("UPDATE check_in_deliveries SET skipped = 1 WHERE cycle_id = $cycle AND person_id = $person;",
            command => command.With("$cycle", cycleId).With("$person", personId), cancellationToken);

    private static CheckInDelivery Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3), reader.GetNullableString(4), reader.GetString(5), reader.GetTime(6))
        {
            RemindersSent = reader.GetInt32(7),
            Skipped = reader.GetInt64(8) != 0,
        };
}
