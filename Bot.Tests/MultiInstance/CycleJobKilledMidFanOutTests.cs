using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// A team's weekly check-in cycle job fires once across a cluster of two real bots. The node running it is killed
/// (SIGKILL) while it is queueing the members' check-ins; the other node recovers the firing (the job requests
/// recovery, decision 028) for the same slot and completes it: the same cycle, every member queued, each once.
/// </summary>
[Slow]
public sealed class CycleJobKilledMidFanOutTests(Azurite azurite, Postgres postgres)
{
    private const int Members = 1_500;
    private const string TeamId = "team-weekly-kill";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task The_other_node_completes_a_cycle_job_killed_mid_fan_out_and_each_member_is_queued_once()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(50, token);
        await using var storage = StoreBackend.Azure(azurite);
        await storage.StartAsync(token);
        var stores = storage.Build(TimeProvider.System, null);
        var schedule = new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Etc/UTC");
        await SeedTeamAsync(stores, schedule, connector.ServiceUrl, token);
        var database = await postgres.CreateDatabaseAsync(token);
        using var cluster = new BotCluster(InstanceKilledMidFanOutTests.Settings(storage.Settings, 50), database);
        cluster.Start("node-a", "node-b");
        await cluster.ListeningAddressesAsync(Within, token);
        await using var quartz = await ClusterSchedulerClient.ConnectAsync(database, token);
        var cycleKey = await quartz.ScheduleAsync(schedule, token);
        var slot = TimeProvider.System.GetUtcNow().AddSeconds(2);
        var cycleId = CheckInMessages.CycleId(TeamId, slot, cycleKey);
        var outbox = stores.GetRequiredService<IOutboxStore>();

        await quartz.FireAtAsync(TeamId, slot, token);
        var (runner, queuedAtKill) = await KillMidQueueingAsync(cluster, outbox, cycleId, token);
        var killedAt = Stopwatch.StartNew();
        Assert.True(queuedAtKill < Members, $"the job had queued every member by the kill; nothing was tested:{Environment.NewLine}{cluster.RecentOutput}");
        await FanOut.WaitAsync(QueuedAsync(outbox, cycleId, Members, token), cluster, Within);

        var survivor = cluster.Bots.Keys.Single(name => name != runner);
        Assert.False(cluster.Bots[survivor].HasExited, cluster.RecentOutput);
        Assert.Equal(Members, (await outbox.CountAsync(cycleId, token)).Total);
        var firings = await stores.GetRequiredService<ICheckInCycleLog>().ListAsync(TeamId, token);
        // The killed node's firing and the survivor's recovery of it, both for the one slot: no second cycle, no other slot.
        Assert.Equal(2, firings.Count);
        Assert.All(firings, firing => Assert.Equal(CheckInMessages.CycleId(TeamId, firing.ScheduledFor, cycleKey), cycleId));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed {runner} with {queuedAtKill} of {Members} queued; {survivor} completed the cycle {killedAt.Elapsed.TotalSeconds:0.0} s after the kill");
    }

    // Kills the node running the cycle job once some, but not all, of the members' check-ins are in the outbox.
    private static async Task<(string Runner, int Queued)> KillMidQueueingAsync(BotCluster cluster, IOutboxStore outbox, string cycleId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Within);
        while (true)
        {
            var queued = (await outbox.CountAsync(cycleId, timeout.Token)).Total;
            Assert.True(queued < Members, $"the job queued every member before the kill; nothing was tested:{Environment.NewLine}{cluster.RecentOutput}");
            if (queued > 0 && await cluster.RunningAsync(CheckInTriggers.JobKey(TeamId).Name, timeout.Token) is { } runner)
            {
                cluster.Kill(runner);
                return (runner, (await outbox.CountAsync(cycleId, timeout.Token)).Total);
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private static async Task QueuedAsync(IOutboxStore outbox, string cycleId, int count, CancellationToken cancellationToken)
    {
        while ((await outbox.CountAsync(cycleId, cancellationToken)).Total < count)
        {
            await Task.Delay(200, cancellationToken);
        }
    }

    private static async Task SeedTeamAsync(IServiceProvider stores, CheckInSchedule schedule, string serviceUrl, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var teams = stores.GetRequiredService<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant-1", ServiceUrl = serviceUrl, Name = "Weekly team", UpdatedAt = now }, cancellationToken);
        await stores.GetRequiredService<ITeamRhythmStore>().SaveAsync(schedule, "29:leader", now, cancellationToken);
        await Parallel.ForEachAsync(Enumerable.Range(0, Members), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (member, token) => await teams.UpsertMemberAsync(
                new TeamMember { TeamId = TeamId, AadObjectId = $"aad-weekly-{member}", TeamsUserId = $"29:weekly-{member}", UpdatedAt = now }, token));
    }
}
