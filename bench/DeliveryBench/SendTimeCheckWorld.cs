using System.Collections.Concurrent;
using System.Diagnostics;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.DeliveryBench;

/// <summary>
/// What the check-in send-time check reads, on the benchmark's SQLite file: one team whose roster is everyone, its rhythm,
/// one open team cycle, and a stored person (with their AAD object id) for every other member, the rest never having
/// written to the bot (a team newly given the app). <see cref="Precondition"/> is the real check, timed per message.
/// </summary>
internal sealed class SendTimeCheckWorld
{
    public const string TeamId = "19:bench-team@thread.tacv2";
    public const string CycleId = "bench-checked";

    private readonly ConcurrentQueue<double> _milliseconds = new();

    private SendTimeCheckWorld(IOutboxPrecondition check) => Precondition = new Timed(check, _milliseconds);

    public IOutboxPrecondition Precondition { get; }

    /// <summary>Each check's time in milliseconds, sorted.</summary>
    public IReadOnlyList<double> Times() => [.. _milliseconds.Order()];

    public static async Task<SendTimeCheckWorld> CreateAsync(SqliteDatabase database, int people, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var teams = new SqliteTeamStore(database, TimeProvider.System);
        var persons = new SqlitePersonStore(database);
        var checkIns = new SqliteCheckInStore(database);
        var rhythms = new SqliteTeamRhythmStore(database);
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = BenchWorld.Tenant, ServiceUrl = "https://smba.example/", Name = "Bench team", UpdatedAt = now }, cancellationToken);
        await teams.SyncRosterAsync(TeamId, [.. Enumerable.Range(0, people).Select(person => new TeamMember
        {
            TeamId = TeamId, AadObjectId = Aad(person), TeamsUserId = BenchWorld.UserId(person), Name = $"Person {person}", UpdatedAt = now,
        })], cancellationToken);
        for (var person = 0; person < people; person += 2)
        {
            await persons.UpsertAsync(new Person { TeamsUserId = BenchWorld.UserId(person), AadObjectId = Aad(person), TenantId = BenchWorld.Tenant, LastSeenAt = now }, cancellationToken);
        }

        await rhythms.SaveAsync(new CheckInSchedule(TeamId, CheckInCadence.Weekly, now.DayOfWeek, TimeOnly.FromDateTime(now.UtcDateTime), "UTC"), "bench", now, cancellationToken);
        await checkIns.SaveCycleAsync(new CheckInCycle(CycleId, TeamId, now.AddHours(-1), now.AddDays(7), IncludesPulse: false), cancellationToken);
        var check = new CheckInOutboxPrecondition(checkIns, new SqliteCheckInDeliveryStore(database, TimeProvider.System), rhythms, teams, persons, TimeProvider.System);
        return new SendTimeCheckWorld(check);
    }

    private static string Aad(int person) => $"aad-{person}";

    private sealed class Timed(IOutboxPrecondition inner, ConcurrentQueue<double> times) : IOutboxPrecondition
    {
        public bool Handles(string kind) => inner.Handles(kind);

        public async Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            var reason = await inner.SkipReasonAsync(message, cancellationToken);
            times.Enqueue(watch.Elapsed.TotalMilliseconds);
            return reason;
        }
    }
}
