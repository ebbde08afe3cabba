using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>The real host end to end: a rhythm scheduled in Quartz fires, the job fans out, the drain delivers to each member once.</summary>
public sealed class CheckInCycleHostTests
{
    private const string TeamId = "team-host";
    private static readonly string[] Members = ["29:one", "29:two", "29:three"];

    // Every day a working day and a one-minute quiet hour, so a check-in recovered at any time of the test is due at once.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Scheduler:IdleWaitTime"] = "00:00:01",
        ["Scheduler:MisfireThreshold"] = "00:00:05",
        ["Delivery:DrainInterval"] = "00:00:01",
        ["CheckIns:QuietHoursStart"] = "03:00",
        ["CheckIns:QuietHoursEnd"] = "03:01",
        ["CheckIns:WorkingDays:0"] = "Monday", ["CheckIns:WorkingDays:1"] = "Tuesday", ["CheckIns:WorkingDays:2"] = "Wednesday",
        ["CheckIns:WorkingDays:3"] = "Thursday", ["CheckIns:WorkingDays:4"] = "Friday", ["CheckIns:WorkingDays:5"] = "Saturday",
        ["CheckIns:WorkingDays:6"] = "Sunday",
    };

    [Fact]
    public async Task A_missed_slot_fires_once_after_a_restart_and_every_member_gets_exactly_one_check_in()
    {
        var token = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory();
        var day = (DayOfWeek)(((int)TimeProvider.System.GetUtcNow().DayOfWeek + 3) % 7);
        await using (var before = new BotAppFactory(Settings, dataDirectory: folder.Path))
        {
            await SeedAsync(before, token);
            var schedule = new CheckInSchedule(TeamId, CheckInCadence.Weekly, day, new TimeOnly(9, 0), "Etc/UTC");
            await before.Get<ITeamRhythmStore>().SaveAsync(schedule, "leader", TimeProvider.System.GetUtcNow(), token);
            await before.Get<IScheduleRegistry>().ScheduleAsync(schedule, token);
        }

        var clock = new ShiftedTimeProvider(TimeSpan.FromDays(8));
        await using var after = new BotAppFactory(Settings, services => UseClockAndRecorder(services, clock), folder.Path);
        var log = after.Get<ICheckInCycleLog>(); // starts the host
        await Eventually.TrueAsync(() => after.Connector.Sent.Count >= Members.Length, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2), token); // room for a duplicate to show up

        var byConversation = after.Connector.Sent.GroupBy(sent => sent.ConversationId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(Members.Select(Conversation).Order(), byConversation.Keys.Order());
        Assert.All(byConversation.Values, sent => Assert.Contains("short questions on how outcomes-focused practice is going", Assert.Single(sent).CardText, StringComparison.Ordinal));
        var job = await (await after.Get<Quartz.ISchedulerFactory>().GetScheduler(token)).GetJobDetail(CheckInTriggers.JobKey(TeamId), token);
        var cycleKey = Assert.IsType<string>(job!.JobDataMap[CheckInCycleJob.CycleKeyKey]);
        var cycleId = Assert.Single(await log.ListAsync(TeamId, token)) is { } firing ? CheckInMessages.CycleId(TeamId, firing.ScheduledFor, cycleKey) : null;
        Assert.Equal(Members.Length, (await after.Get<IOutboxStore>().CountAsync(cycleId!, token)).Sent);
    }

    // Proactive sends use the keyed single-attempt client; it is pointed at the recording connector too, so nothing leaves the test.
    private static void UseClockAndRecorder(IServiceCollection services, TimeProvider clock)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(clock);
        services.RemoveAllKeyed<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey);
        services.AddKeyedSingleton<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey, (provider, _) => provider.GetRequiredService<IConnectorClient>());
    }

    private static string Conversation(string member) => "a:" + member[3..];

    private static async Task SeedAsync(BotAppFactory host, CancellationToken token)
    {
        var now = TimeProvider.System.GetUtcNow();
        await host.Get<ITeamStore>().UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "t", ServiceUrl = "http://127.0.0.1:9/", Name = "Host team", UpdatedAt = now }, token);
        foreach (var member in Members)
        {
            await host.Get<IPersonStore>().UpsertAsync(new Person { TeamsUserId = member, AadObjectId = "aad-" + member, TimeZone = "Etc/UTC", FirstSeenAt = now, LastSeenAt = now }, token);
            await host.Get<ITeamStore>().UpsertMemberAsync(new TeamMember { TeamId = TeamId, AadObjectId = "aad-" + member, TeamsUserId = member, UpdatedAt = now }, token);
            await host.Get<IConversationStore>().UpsertAsync(
                new ConversationReference { ConversationId = Conversation(member), ServiceUrl = "http://127.0.0.1:9/", Kind = ConversationKind.Personal, TenantId = "t", UserId = member, UpdatedAt = now },
                token);
        }
    }
}
