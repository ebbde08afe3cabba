using System.Diagnostics;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.StorageBench;

/// <summary>
/// Decision 065: three paths of a large team, on one backend per run, so that a build of the code before and one after
/// can be run one after the other in the same session (the ratios are read across runs). In order: the daily roster
/// sync (the same roster again, then one member renamed), the check-in fan-out (a new cycle each round; its reads alone,
/// its preference reads one person and a hundred people a read, decision 088, and its person reads the same two ways,
/// decision 092) and the reminder planner's scan with
/// most of the team answered (while nothing is due yet, and after the first reminders went out).
/// </summary>
internal static class CheckInScaleBenchmark
{
    public static async Task RunAsync(string? azureConnectionString, int members, int rounds, double answeredShare, CancellationToken cancellationToken)
    {
        await using var backend = await BenchBackend.StartAsync(azureConnectionString is null ? "SQLite" : "Azure Tables (Azurite)", azureConnectionString, cancellationToken);
        var seed = Stopwatch.StartNew();
        var world = await CheckInScaleWorld.SeedAsync(backend, members, cancellationToken);
        Console.WriteLine($"{backend.Name}, {members:N0} members, {rounds} rounds; seeded in {seed.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine("| path | backend | members | median | slowest | store calls (last round) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        await RosterSyncAsync(world, rounds, cancellationToken);
        var cycleId = await FanOutAsync(world, rounds, cancellationToken);
        await FanOutReadsAsync(world, rounds, cancellationToken);
        await FanOutPreferenceReadsAsync(world, rounds, cancellationToken);
        await FanOutPersonReadsAsync(world, rounds, cancellationToken);
        await ReminderScanAsync(world, cycleId, rounds, answeredShare, cancellationToken);
    }

    private static async Task RosterSyncAsync(CheckInScaleWorld world, int rounds, CancellationToken cancellationToken)
    {
        var teams = world.Backend.Get<ITeamStore>();
        var unchanged = new List<double>();
        var renamed = new List<double>();
        var roster = CheckInScaleWorld.Roster(world.Members, CheckInScaleWorld.FirstSlot);
        for (var round = 0; round < rounds; round++)
        {
            // Each day's roster carries the sync's own time; a rename is kept, so the next day's roster is unchanged again.
            var at = CheckInScaleWorld.FirstSlot.AddDays(-6 + round);
            roster = [.. roster.Select(member => member with { UpdatedAt = at })];
            unchanged.Add(await TimeAsync(() => teams.SyncRosterAsync(CheckInScaleWorld.TeamId, roster, cancellationToken)));
            roster[round + 1] = roster[round + 1] with { Name = $"Renamed {round}" };
            renamed.Add(await TimeAsync(() => teams.SyncRosterAsync(CheckInScaleWorld.TeamId, roster, cancellationToken)));
        }

        Row("roster sync, nothing changed", world, unchanged, "-");
        Row("roster sync, one member renamed", world, renamed, "-");
    }

    private static async Task<string> FanOutAsync(CheckInScaleWorld world, int rounds, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        var cycleId = "";
        for (var round = 0; round < rounds; round++)
        {
            var slot = CheckInScaleWorld.FirstSlot.AddDays(7 * round);
            world.Clock.Now = slot.AddHours(-1);
            world.Calls.Reset();
            var fanOut = world.FanOut();
            int? added = null;
            times.Add(await TimeAsync(async () => added = await fanOut.OpenCycleAsync(CheckInScaleWorld.TeamId, slot, slot.AddDays(7), "bench", cancellationToken)));
            if (added != world.Members)
            {
                throw new InvalidOperationException($"The fan-out queued {added} check-ins, not {world.Members}.");
            }

            cycleId = CheckInMessages.CycleId(CheckInScaleWorld.TeamId, slot, "bench");
        }

        Row("check-in fan-out", world, times, world.Calls.ToString());
        return cycleId;
    }

    // The fan-out's reads alone (a person row and a preferences row per member), one member after another and eight at
    // once, interleaved in this run: what bounded parallelism can save on this backend.
    private static async Task FanOutReadsAsync(CheckInScaleWorld world, int rounds, CancellationToken cancellationToken)
    {
        var people = world.Backend.Get<IPersonStore>();
        var checkIns = world.Backend.Get<ICheckInStore>();
        var ids = Enumerable.Range(0, world.Members).Select(CheckInScaleWorld.UserId).ToList();
        async ValueTask ReadAsync(string id, CancellationToken token)
        {
            await people.GetAsync(id, token);
            await checkIns.GetPreferencesAsync(id, token);
        }

        var times = new Dictionary<int, List<double>> { [1] = [], [8] = [] };
        for (var round = 0; round < rounds; round++)
        {
            foreach (var atOnce in round % 2 == 0 ? new[] { 1, 8 } : [8, 1])
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = atOnce, CancellationToken = cancellationToken };
                times[atOnce].Add(await TimeAsync(() => Parallel.ForEachAsync(ids, options, ReadAsync)));
            }
        }

        Row("fan-out reads alone, one member at a time", world, times[1], $"{ids.Count * 2:N0} point reads");
        Row("fan-out reads alone, eight members at once", world, times[8], $"{ids.Count * 2:N0} point reads");
    }

    // Decision 088: the fan-out's preference reads alone, every member's one at a time (the fan-out before) and a hundred
    // people a read (after), interleaved in this run, so the two are measured under the same load.
    private static async Task FanOutPreferenceReadsAsync(CheckInScaleWorld world, int rounds, CancellationToken cancellationToken)
    {
        var checkIns = world.Backend.Get<ICheckInStore>();
        var ids = Enumerable.Range(0, world.Members).Select(CheckInScaleWorld.UserId).ToList();
        async Task OneAtATimeAsync()
        {
            foreach (var id in ids)
            {
                await checkIns.GetPreferencesAsync(id, cancellationToken);
            }
        }

        async Task AHundredAtATimeAsync()
        {
            foreach (var batch in ids.Chunk(100))
            {
                await checkIns.GetPreferencesAsync(batch, cancellationToken);
            }
        }

        var (single, batched) = await InterleavedAsync(rounds, OneAtATimeAsync, AHundredAtATimeAsync);
        Row("fan-out preference reads alone, one person at a time", world, single, $"{ids.Count:N0} calls");
        Row("fan-out preference reads alone, a hundred people a read", world, batched, $"{(ids.Count + 99) / 100:N0} calls");
    }

    // Decision 092: the fan-out's person reads alone, a member at a time (the fan-out before) and a hundred members a read
    // (after), interleaved in this run as 088's preference reads are.
    private static async Task FanOutPersonReadsAsync(CheckInScaleWorld world, int rounds, CancellationToken cancellationToken)
    {
        var people = world.Backend.Get<IPersonStore>();
        var ids = Enumerable.Range(0, world.Members).Select(CheckInScaleWorld.UserId).ToList();
        async Task OneAtATimeAsync()
        {
            foreach (var id in ids)
            {
                _ = await people.GetAsync(id, cancellationToken) ?? throw new InvalidOperationException($"No person {id}.");
            }
        }

        async Task AHundredAtATimeAsync()
        {
            foreach (var batch in ids.Chunk(100))
            {
                if ((await people.GetManyAsync(batch, cancellationToken)).Count != batch.Length)
                {
                    throw new InvalidOperationException("A person of the batch was not read.");
                }
            }
        }

        var (single, batched) = await InterleavedAsync(rounds, OneAtATimeAsync, AHundredAtATimeAsync);
        Row("fan-out person reads alone, one member at a time", world, single, $"{ids.Count:N0} calls");
        Row("fan-out person reads alone, a hundred members a read", world, batched, $"{(ids.Count + 99) / 100:N0} calls");
    }

    // The last cycle's check-ins came on Monday 09:00; all but a share answer by noon. The first reminders are due
    // Tuesday 09:00; a scan every five minutes looks at the team until the cycle closes the next Monday.
    private static async Task ReminderScanAsync(CheckInScaleWorld world, string cycleId, int rounds, double answeredShare, CancellationToken cancellationToken)
    {
        var checkIns = world.Backend.Get<ICheckInStore>();
        var cycle = await checkIns.GetCycleAsync(cycleId, cancellationToken) ?? throw new InvalidOperationException("No cycle.");
        var answering = (int)(world.Members * answeredShare);
        var answeredAt = cycle.OpensAt.AddHours(2);
        await Parallel.ForEachAsync(Enumerable.Range(0, answering), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
            await checkIns.SaveAnswerAsync(new CheckInAnswer(cycleId, CheckInScaleWorld.UserId(i), CheckInScaleWorld.TeamId, 3, null, null, false, null, new Dictionary<string, int>(StringComparer.Ordinal), null, answeredAt), token));
        var planner = world.Planner();

        world.Clock.Now = cycle.OpensAt.AddHours(3);
        await ScanRoundsAsync(world, planner, rounds, $"reminder scan, nothing due ({answering:N0} answered)", expected: 0, cancellationToken);

        world.Clock.Now = cycle.OpensAt.AddDays(1).AddHours(1);
        world.Calls.Reset();
        int queued = 0;
        var first = await TimeAsync(async () => queued = await planner.QueueDueRemindersAsync(cancellationToken));
        Row($"reminder scan, first reminders ({queued:N0} queued)", world, [first], world.Calls.ToString());
        await ScanRoundsAsync(world, planner, rounds, "reminder scan, after the first reminders", expected: 0, cancellationToken);
    }

    private static async Task ScanRoundsAsync(CheckInScaleWorld world, CheckInReminderPlanner planner, int rounds, string path, int expected, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            world.Clock.Now = world.Clock.Now.AddMinutes(5);
            world.Calls.Reset();
            var queued = 0;
            times.Add(await TimeAsync(async () => queued = await planner.QueueDueRemindersAsync(cancellationToken)));
            if (queued != expected)
            {
                throw new InvalidOperationException($"{path}: {queued} reminders queued, not {expected}.");
            }
        }

        Row(path, world, times, world.Calls.ToString());
    }

    // The same reads done two ways, each round both, the order swapped every round, so both meet the same load.
    private static async Task<(List<double> Single, List<double> Batched)> InterleavedAsync(int rounds, Func<Task> single, Func<Task> batched)
    {
        var (singleTimes, batchedTimes) = (new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                singleTimes.Add(await TimeAsync(single));
                batchedTimes.Add(await TimeAsync(batched));
            }
            else
            {
                batchedTimes.Add(await TimeAsync(batched));
                singleTimes.Add(await TimeAsync(single));
            }
        }

        return (singleTimes, batchedTimes);
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static void Row(string path, CheckInScaleWorld world, List<double> times, string calls) =>
        Console.WriteLine($"| {path} | {world.Backend.Name} | {world.Members:N0} | {times.Order().ElementAt(times.Count / 2):F1} ms | {times.Max():F1} ms | {calls} |");
}
