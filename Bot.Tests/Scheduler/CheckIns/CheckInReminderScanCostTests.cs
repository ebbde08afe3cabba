using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>
/// The reminder scan runs every five minutes. It looked at every open check-in of a cycle, so each person who had
/// answered cost a preferences read per scan, and an answer read too once their reminder time had passed, until the
/// cycle closed a week later (decision 065: 9,000 answered of 10,000 cost 19,000 reads a scan). Now they cost nothing.
/// </summary>
public sealed class CheckInReminderScanCostTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scan_reads_only_the_check_ins_not_answered_and_reminds_just_those()
    {
        await using var world = await RhythmWorld.CreateAsync(RhythmWorld.Slot.AddHours(-1));
        var team = Enumerable.Range(0, 300).Select(i => $"29:m-{i:D3}").ToList();
        await world.AddTeamAsync(team.Select(id => (id, (string?)"Europe/London")));
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(3));
        foreach (var id in team.Skip(30))
        {
            await world.AnswerAsync(id);
        }

        var reads = new List<string>();
        var checkIns = new Mock<ICheckInStore>(MockBehavior.Strict);
        checkIns.Setup(store => store.GetCycleAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string cycleId, CancellationToken token) => world.CheckIns.GetCycleAsync(cycleId, token));
        checkIns.Setup(store => store.ListTeamCyclesAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns((string teamId, DateTimeOffset after, DateTimeOffset by, CancellationToken token) => world.CheckIns.ListTeamCyclesAsync(teamId, after, by, token));
        checkIns.Setup(store => store.GetPreferencesAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string personId, CancellationToken token) => { reads.Add("preferences"); return world.CheckIns.GetPreferencesAsync(personId, token); });
        checkIns.Setup(store => store.GetAnswerAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string cycleId, string personId, CancellationToken token) => { reads.Add("answer"); return world.CheckIns.GetAnswerAsync(cycleId, personId, token); });
        var planner = new CheckInReminderPlanner(world.Deliveries, checkIns.Object, world.Teams, world.People, world.Rhythms, world.Outbox, world.Options, world.Clock,
            NullLogger<CheckInReminderPlanner>.Instance);

        // Monday noon, nothing due yet; Tuesday 10:00, the first reminders; five minutes later, nothing new.
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        Assert.Equal(30, reads.Count);
        world.Clock.Advance(TimeSpan.FromHours(22));
        Assert.Equal(30, await planner.QueueDueRemindersAsync(Token));
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        reads.Clear();
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));

        Assert.Equal(Enumerable.Repeat("preferences", 30), reads);
        var reminded = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).Select(row => row.Recipient);
        Assert.Equal(team.Take(30), reminded);
    }
}
