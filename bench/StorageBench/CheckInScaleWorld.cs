using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.StorageBench;

/// <summary>
/// One large team on one backend for decision 065's three paths: its people (each met in a 1:1 chat, with a time zone),
/// its roster, a weekly Monday 09:00 rhythm and one member in ten with stored preferences. The fan-out and the planner get every store wrapped in
/// <see cref="StoreCallCounts"/>, and a clock the benchmark moves.
/// </summary>
internal sealed class CheckInScaleWorld
{
    public const string TeamId = "19:big-team@thread.tacv2";

    // Monday 7 December 2026, 09:00 in London (UTC in winter): the first slot; later rounds take the next Mondays.
    public static readonly DateTimeOffset FirstSlot = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private CheckInScaleWorld(BenchBackend backend, int members)
    {
        Backend = backend;
        Members = members;
    }

    public BenchBackend Backend { get; }

    public int Members { get; }

    public BenchClock Clock { get; } = new(FirstSlot.AddHours(-1));

    public StoreCallCounts Calls { get; } = new();

    public static async Task<CheckInScaleWorld> SeedAsync(BenchBackend backend, int members, CancellationToken cancellationToken)
    {
        var world = new CheckInScaleWorld(backend, members);
        var at = FirstSlot.AddDays(-7);
        await backend.Get<ITeamStore>().UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = "Big team", UpdatedAt = at }, cancellationToken);
        await backend.Get<ITeamRhythmStore>().SaveAsync(new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), "aad-0", at, cancellationToken);
        var people = backend.Get<IPersonStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, members), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
            await people.UpsertAsync(new Person { TeamsUserId = UserId(i), AadObjectId = AadId(i), Name = Name(i), TenantId = "tenant-1", TimeZone = "Europe/London", LastSeenAt = at }, token));

        // One member in ten has stored preferences (decision 083), as someone who turned off saved-exercise reminders: a
        // row for the reads to find, which changes nothing about their check-ins or reminders.
        var checkIns = backend.Get<ICheckInStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, members).Where(i => i % 10 == 5), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
            await checkIns.SavePreferencesAsync(new CheckInPreferences(UserId(i)) { SavedExerciseRemindersOff = true }, token));

        // Their Teams ids came with the connector's roster or their first messages; Graph's daily roster has none.
        await backend.Get<ITeamStore>().SyncRosterAsync(TeamId, [.. Roster(members, at).Select((member, i) => member with { TeamsUserId = UserId(i) })], cancellationToken);
        return world;
    }

    /// <summary>The roster as Graph gives it each day: the same members, the sync's own time on each.</summary>
    public static List<TeamMember> Roster(int members, DateTimeOffset at) =>
        [.. Enumerable.Range(0, members).Select(i => new TeamMember { TeamId = TeamId, AadObjectId = AadId(i), Name = Name(i), IsOwner = i % 500 == 0, UpdatedAt = at })];

    public CheckInFanOut FanOut() => new(
        Calls.Wrap(Backend.Get<ITeamRhythmStore>()), Calls.Wrap(Backend.Get<ITeamStore>()), Calls.Wrap(Backend.Get<IPersonStore>()),
        Calls.Wrap(Backend.Get<ICheckInStore>()), Calls.Wrap(Backend.Get<ICheckInDeliveryStore>()), Calls.Wrap(Backend.Get<IOutboxStore>()),
        new CheckInOptions(), Clock, NullLogger<CheckInFanOut>.Instance);

    public CheckInReminderPlanner Planner() => new(
        Calls.Wrap(Backend.Get<ICheckInDeliveryStore>()), Calls.Wrap(Backend.Get<ICheckInStore>()), Calls.Wrap(Backend.Get<ITeamStore>()),
        Calls.Wrap(Backend.Get<IPersonStore>()), Calls.Wrap(Backend.Get<ITeamRhythmStore>()), Calls.Wrap(Backend.Get<IOutboxStore>()),
        new CheckInOptions(), Clock, NullLogger<CheckInReminderPlanner>.Instance);

    public static string UserId(int i) => "29:m-" + i.ToString(CultureInfo.InvariantCulture);

    public static string AadId(int i) => "aad-" + i.ToString(CultureInfo.InvariantCulture);

    private static string Name(int i) => "Member " + i.ToString("D5", CultureInfo.InvariantCulture);
}
