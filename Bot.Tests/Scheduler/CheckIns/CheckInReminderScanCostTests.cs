using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

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
        checkIns.Setup(store => store.GetPreferencesAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyCollection<string> personIds, CancellationToken token) =>
            {
                reads.AddRange(personIds.Select(_ => "preferences"));
                return world.CheckIns.GetPreferencesAsync(personIds, token);
            });
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

    // Decision 073: the scan that queued the first reminders made six store calls for each (the person's preferences,
    // their answer, their person row and roster row, the count, the outbox row). The answer and the roster are checked
    // when the reminder goes out; the rows are written a hundred at a time.
    [Fact]
    public async Task The_scan_that_queues_reminders_costs_one_store_call_a_reminder_and_each_is_queued_and_counted_once()
    {
        await using var world = await RhythmWorld.CreateAsync(RhythmWorld.Slot.AddHours(-1));
        var team = Enumerable.Range(0, 450).Select(i => $"29:m-{i:D3}").ToList();
        await world.AddTeamAsync(team.Select(id => (id, (string?)"Europe/London")));
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(3));
        foreach (var id in team.Skip(150))
        {
            await world.AnswerAsync(id);
        }

        var calls = new StoreCallCounts();
        var planner = new CheckInReminderPlanner(calls.Wrap<ICheckInDeliveryStore>(world.Deliveries), calls.Wrap<ICheckInStore>(world.CheckIns),
            calls.Wrap<ITeamStore>(world.Teams), calls.Wrap<IPersonStore>(world.People), calls.Wrap<ITeamRhythmStore>(world.Rhythms),
            calls.Wrap<IOutboxStore>(world.Outbox), world.Options, world.Clock, NullLogger<CheckInReminderPlanner>.Instance);
        world.Clock.Advance(TimeSpan.FromHours(22));

        Assert.Equal(150, await planner.QueueDueRemindersAsync(Token));

        // The preferences read a hundred people at a time (decision 083; 150 point reads before), then a few calls a scan:
        // the list, the cycle, the rhythm, the team, two of each write.
        Assert.True(calls.Total <= 150 + 10, $"{calls.Total} store calls for 150 reminders: {calls}");
        Assert.Equal(2, calls.ByMethod["CheckInStore.GetPreferences"]);
        var reminders = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).ToList();
        Assert.Equal(team.Take(150), reminders.Select(row => row.Recipient));
        Assert.All(reminders, row => Assert.Equal(CheckInMessages.ReminderKind(1), row.Kind));
        foreach (var id in team.Take(150))
        {
            Assert.Equal(1, (await world.Deliveries.GetAsync(RhythmWorld.CycleId(), id, Token))!.RemindersSent);
        }

        calls.Reset();
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        Assert.Equal(2, calls.ByMethod["CheckInStore.GetPreferences"]);
        Assert.False(calls.ByMethod.ContainsKey("OutboxStore.Enqueue"), calls.ToString());
    }

    // Decision 083: every scan read each unanswered person's preferences with a request of its own (073 left it: 1,000 a
    // scan for a team of 10,000 at 90% answered, every five minutes). They are read a hundred people at a time, and who
    // is reminded is decided as before: a paused and an opted-out person in the third hundred are left out, a snooze
    // there is kept.
    [Fact]
    public async Task A_scan_reads_the_preferences_a_hundred_people_at_a_time_whether_or_not_it_queues_anything()
    {
        await using var world = await RhythmWorld.CreateAsync(RhythmWorld.Slot.AddHours(-1));
        var team = Enumerable.Range(0, 450).Select(i => $"29:m-{i:D3}").ToList();
        await world.AddTeamAsync(team.Select(id => (id, (string?)"Europe/London")));
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(3));
        foreach (var id in team.Skip(250))
        {
            await world.AnswerAsync(id);
        }

        var now = world.Clock.GetUtcNow();
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences(team[210]) { OptedOut = true }, Token);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences(team[220]) { PausedUntil = now.AddDays(14) }, Token);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences(team[230]) { SnoozedUntil = now.AddDays(2) }, Token);
        var calls = new StoreCallCounts();
        var planner = new CheckInReminderPlanner(calls.Wrap<ICheckInDeliveryStore>(world.Deliveries), calls.Wrap<ICheckInStore>(world.CheckIns),
            calls.Wrap<ITeamStore>(world.Teams), calls.Wrap<IPersonStore>(world.People), calls.Wrap<ITeamRhythmStore>(world.Rhythms),
            calls.Wrap<IOutboxStore>(world.Outbox), world.Options, world.Clock, NullLogger<CheckInReminderPlanner>.Instance);

        // Monday noon, nothing due: 250 people considered, three reads of their preferences and the scan's own few calls.
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        Assert.Equal(3, calls.ByMethod["CheckInStore.GetPreferences"]);
        Assert.True(calls.Total <= 3 + 5, $"{calls.Total} store calls for a scan that queued nothing: {calls}");

        // Tuesday 10:00: the first reminders to 247 of them (the snoozed one's comes at the snooze's end), three writes of each.
        calls.Reset();
        world.Clock.Advance(TimeSpan.FromHours(22));
        Assert.Equal(247, await planner.QueueDueRemindersAsync(Token));
        Assert.Equal(3, calls.ByMethod["CheckInStore.GetPreferences"]);
        Assert.True(calls.Total <= 3 + 3 + 3 + 6, $"{calls.Total} store calls for 247 reminders: {calls}");
        var reminded = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).Select(row => row.Recipient);
        Assert.Equal(team.Take(250).Except([team[210], team[220], team[230]]), reminded);
    }

    // Decision 073: a scan stopped part-way (the process killed, a store failing) is finished by the next, each person
    // reminded once. Stopped at the outbox write: the old order had counted the reminders first, so the next scan took them
    // as sent and they were lost. Stopped at the count: the outbox rows are in, and the next scan counts them without
    // queueing them again.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scan_stopped_part_way_is_finished_by_the_next_and_everyone_is_reminded_once(bool stopAtTheOutbox)
    {
        await using var world = await RhythmWorld.CreateAsync(RhythmWorld.Slot.AddHours(-1));
        var team = Enumerable.Range(0, 20).Select(i => $"29:m-{i:D3}").ToList();
        await world.AddTeamAsync(team.Select(id => (id, (string?)"Europe/London")));
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(26));
        var stop = new IOException("The process stopped here.");
        var deliveries = new Mock<ICheckInDeliveryStore>(MockBehavior.Strict);
        deliveries.Setup(store => store.ListAwaitingReminderAsync(It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((DateTimeOffset now, int max, CancellationToken token) => world.Deliveries.ListAwaitingReminderAsync(now, max, token));
        var outbox = new Mock<IOutboxStore>(MockBehavior.Strict);
        outbox.Setup(store => store.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string key, CancellationToken token) => world.Outbox.FindAsync(key, token));
        if (stopAtTheOutbox)
        {
            outbox.Setup(store => store.EnqueueAsync(It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<CancellationToken>())).ThrowsAsync(stop);
            deliveries.Setup(store => store.TryCountReminderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
                .Returns((string cycleId, string personId, int sent, CancellationToken token) => world.Deliveries.TryCountReminderAsync(cycleId, personId, sent, token));
        }
        else
        {
            outbox.Setup(store => store.EnqueueAsync(It.IsAny<IReadOnlyList<OutboxMessage>>(), It.IsAny<CancellationToken>()))
                .Returns((IReadOnlyList<OutboxMessage> messages, CancellationToken token) => world.Outbox.EnqueueAsync(messages, token));
            deliveries.Setup(store => store.TryCountReminderAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ThrowsAsync(stop);
        }

        deliveries.Setup(store => store.CountRemindersAsync(It.IsAny<IReadOnlyList<CheckInDelivery>>(), It.IsAny<CancellationToken>())).ThrowsAsync(stop);
        var stopped = new CheckInReminderPlanner(deliveries.Object, world.CheckIns, world.Teams, world.People, world.Rhythms, outbox.Object, world.Options, world.Clock,
            NullLogger<CheckInReminderPlanner>.Instance);

        await Assert.ThrowsAsync<IOException>(() => stopped.QueueDueRemindersAsync(Token));
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        await world.Planner.QueueDueRemindersAsync(Token);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await world.Planner.QueueDueRemindersAsync(Token));

        var reminders = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).ToList();
        Assert.Equal(team, reminders.Select(row => row.Recipient));
        Assert.All(reminders, row => Assert.Equal(CheckInMessages.ReminderKind(1), row.Kind));
        foreach (var id in team)
        {
            Assert.Equal(1, (await world.Deliveries.GetAsync(RhythmWorld.CycleId(), id, Token))!.RemindersSent);
        }
    }
}
