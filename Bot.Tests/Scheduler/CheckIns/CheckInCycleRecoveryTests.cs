using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using Quartz;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>
/// A cycle's firing whose instance died in the middle of the fan-out is run again by another instance of the cluster
/// (Quartz's recovery of a job that requests it). The recovery fires later than the slot; it must open the same cycle
/// and queue each member once, not a second cycle named after the moment of recovery.
/// </summary>
public sealed class CheckInCycleRecoveryTests
{
    private const string TeamId = "team-recover";
    private static readonly string[] Members = ["29:r1", "29:r2", "29:r3"];

    [Fact]
    public async Task A_cycle_job_requests_recovery_so_that_another_instance_finishes_it()
    {
        var token = TestContext.Current.CancellationToken;
        await using var host = new BotAppFactory();
        await host.Get<IScheduleRegistry>().ScheduleAsync(Rhythm(), token);

        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler(token);
        Assert.True((await scheduler.GetJobDetail(CheckInTriggers.JobKey(TeamId), token))!.RequestsRecovery);
    }

    [Fact]
    public async Task A_recovered_firing_queues_each_member_once_in_the_cycle_of_its_slot()
    {
        var token = TestContext.Current.CancellationToken;
        var slot = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var recoveredAt = slot.AddMinutes(3);

        // The host's clock stands at the recovery: on the real clock the slot's cycle closed on 5 December, and a cycle
        // that has closed sends nothing, so the test would stop testing anything after that date.
        await using var host = new BotAppFactory(
            new Dictionary<string, string?> { ["Delivery:DrainInterval"] = "01:00:00" },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ManualTimeProvider(recoveredAt))));
        await SeedAsync(host, token);
        await host.Get<ITeamRhythmStore>().SaveAsync(Rhythm(), "leader", recoveredAt, token);
        await host.Get<IScheduleRegistry>().ScheduleAsync(Rhythm(), token);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler(token);
        var job = (await scheduler.GetJobDetail(CheckInTriggers.JobKey(TeamId), token))!;
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(job.Key, token));

        // The first instance died after queuing one member; the recovery runs the whole firing again.
        var cycleJob = ActivatorUtilities.CreateInstance<CheckInCycleJob>(host.Services);
        await cycleJob.Execute(Firing(job, scheduler, slot, recovering: null), token);
        await cycleJob.Execute(Firing(job, scheduler, recoveredAt, recovering: (trigger.Key, slot)), token);

        var cycleKey = job.JobDataMap.GetString(CheckInCycleJob.CycleKeyKey)!;
        var outbox = host.Get<IOutboxStore>();
        Assert.Equal(Members.Length, (await outbox.CountAsync(CheckInMessages.CycleId(TeamId, slot, cycleKey), token)).Total);
        Assert.Equal(0, (await outbox.CountAsync(CheckInMessages.CycleId(TeamId, recoveredAt, cycleKey), token)).Total);
    }

    private static CheckInSchedule Rhythm() => new(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Etc/UTC");

    private static IJobExecutionContext Firing(IJobDetail job, IScheduler scheduler, DateTimeOffset scheduledFor, (TriggerKey Original, DateTimeOffset Slot)? recovering)
    {
        var data = new JobDataMap(job.JobDataMap);
        if (recovering is { } recovery)
        {
            data[SchedulerConstants.FailedJobOriginalTriggerName] = recovery.Original.Name;
            data[SchedulerConstants.FailedJobOriginalTriggerGroup] = recovery.Original.Group;
            data[SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = Convert.ToString(recovery.Slot, CultureInfo.InvariantCulture)!;
        }

        var context = new Mock<IJobExecutionContext>();
        context.Setup(c => c.JobDetail).Returns(job);
        context.Setup(c => c.MergedJobDataMap).Returns(data);
        context.Setup(c => c.Scheduler).Returns(scheduler);
        context.Setup(c => c.ScheduledFireTimeUtc).Returns(scheduledFor);
        context.Setup(c => c.NextFireTimeUtc).Returns(recovering is null ? scheduledFor.AddDays(7) : null);
        context.Setup(c => c.Recovering).Returns(recovering is not null);
        context.Setup(c => c.RecoveringTriggerKey).Returns(recovering?.Original!);
        context.Setup(c => c.FireInstanceId).Returns(Guid.NewGuid().ToString("N"));
        return context.Object;
    }

    private static async Task SeedAsync(BotAppFactory host, CancellationToken token)
    {
        var now = TimeProvider.System.GetUtcNow();
        await host.Get<ITeamStore>().UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "t", ServiceUrl = "http://127.0.0.1:9/", Name = "Recovery team", UpdatedAt = now }, token);
        foreach (var member in Members)
        {
            await host.Get<IPersonStore>().UpsertAsync(new Person { TeamsUserId = member, AadObjectId = "aad-" + member, TimeZone = "Etc/UTC", FirstSeenAt = now, LastSeenAt = now }, token);
            await host.Get<ITeamStore>().UpsertMemberAsync(new TeamMember { TeamId = TeamId, AadObjectId = "aad-" + member, TeamsUserId = member, UpdatedAt = now }, token);
            await host.Get<IConversationStore>().UpsertAsync(
                new ConversationReference { ConversationId = "a:" + member[3..], ServiceUrl = "http://127.0.0.1:9/", Kind = ConversationKind.Personal, TenantId = "t", UserId = member, UpdatedAt = now },
                token);
        }
    }
}
