using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>The rhythm's real pieces over one real SQLite file and a manual clock: stores, fan-out, reminder planner, precondition.</summary>
internal sealed class RhythmWorld : IAsyncDisposable
{
    public const string TeamId = "19:team-a@thread.tacv2";
    public const string Tenant = "tenant-1";

    /// <summary>Monday 30 November 2026, 09:00 in London (UTC in winter): the slot the tests fire.</summary>
    public static readonly DateTimeOffset Slot = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private readonly TempSqlite? _owned;

    public RhythmWorld(SqliteDatabase database, ManualTimeProvider clock, CheckInOptions? options = null, TempSqlite? owned = null)
    {
        _owned = owned;
        Database = database;
        Clock = clock;
        Options = options ?? new CheckInOptions();
        Teams = new SqliteTeamStore(database, clock);
        People = new SqlitePersonStore(database);
        CheckIns = new SqliteCheckInStore(database);
        Deliveries = new SqliteCheckInDeliveryStore(database, clock);
        Rhythms = new SqliteTeamRhythmStore(database);
        Outbox = new SqliteOutboxStore(database);
        FanOut = new CheckInFanOut(Rhythms, Teams, People, CheckIns, Deliveries, Outbox, Options, clock, NullLogger<CheckInFanOut>.Instance);
        Planner = new CheckInReminderPlanner(Deliveries, CheckIns, Teams, People, Rhythms, Outbox, Options, clock, NullLogger<CheckInReminderPlanner>.Instance);
        Precondition = new CheckInOutboxPrecondition(CheckIns, Deliveries, Rhythms, Teams, People, clock);
    }

    public SqliteDatabase Database { get; }

    public ManualTimeProvider Clock { get; }

    public CheckInOptions Options { get; }

    public SqliteTeamStore Teams { get; }

    public SqlitePersonStore People { get; }

    public SqliteCheckInStore CheckIns { get; }

    public SqliteCheckInDeliveryStore Deliveries { get; }

    public SqliteTeamRhythmStore Rhythms { get; }

    public SqliteOutboxStore Outbox { get; }

    public CheckInFanOut FanOut { get; }

    public CheckInReminderPlanner Planner { get; }

    public CheckInOutboxPrecondition Precondition { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<RhythmWorld> CreateAsync(DateTimeOffset? now = null, CheckInOptions? options = null)
    {
        var sqlite = await TempSqlite.CreateAsync();
        return new RhythmWorld(sqlite.Database, new ManualTimeProvider(now ?? Slot), options, sqlite);
    }

    /// <summary>A team with a weekly Monday 09:00 London rhythm (unless given) and these members: Teams id and IANA zone (null: unknown).</summary>
    public async Task AddTeamAsync(IEnumerable<(string Id, string? Zone)> members, CheckInSchedule? schedule = null)
    {
        var now = Clock.GetUtcNow();
        await Teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = Tenant, ServiceUrl = "https://smba.example/", Name = "Day service", UpdatedAt = now }, Token);
        await Rhythms.SaveAsync(schedule ?? new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), "leader-aad", now, Token);
        foreach (var (id, zone) in members)
        {
            await People.UpsertAsync(new Person { TeamsUserId = id, AadObjectId = "aad-" + id, TimeZone = zone, FirstSeenAt = now, LastSeenAt = now }, Token);
            await Teams.UpsertMemberAsync(new TeamMember { TeamId = TeamId, AadObjectId = "aad-" + id, TeamsUserId = id, Name = id, UpdatedAt = now }, Token);
        }
    }

    /// <summary>The team job's cycle key in these tests.</summary>
    public const string CycleKey = "rhythm-world-cycle-key";

    public Task<int?> FireAsync(DateTimeOffset? slot = null) => FanOut.OpenCycleAsync(TeamId, slot ?? Slot, (slot ?? Slot).AddDays(7), CycleKey, Token);

    public static string CycleId(DateTimeOffset? slot = null) => CheckInMessages.CycleId(TeamId, slot ?? Slot, CycleKey);

    /// <summary>Every outbox row: recipient, kind, when it is due, status.</summary>
    public async Task<IReadOnlyList<(string Recipient, string Kind, DateTimeOffset Due, string Status)>> OutboxRowsAsync() =>
        await Database.QueryListAsync(
            "SELECT recipient_id, kind, next_attempt_at, status FROM outbox ORDER BY recipient_id, kind;",
            _ => { },
            reader => (reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(3)),
            Token);

    public async Task AnswerAsync(string personId, DateTimeOffset? slot = null) =>
        await CheckIns.SaveAnswerAsync(new CheckInAnswer(CycleId(slot), personId, TeamId, 4, null, null, false, null, new Dictionary<string, int>(), null, Clock.GetUtcNow()), Token);

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }
}
