using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Delivery;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>Reminders and the send-time check, on real SQLite, the real delivery engine and a manual clock.</summary>
public sealed class CheckInReminderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reminders_come_on_the_first_and_third_working_day_and_stop_after_two()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London")]);
        await world.FireAsync();

        var queuedAt = await RunPlannerHourlyAsync(world, TimeSpan.FromDays(6));

        var reminders = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).ToList();
        Assert.Equal(["checkin-reminder-1", "checkin-reminder-2"], reminders.Select(row => row.Kind));

        // Tuesday and Thursday at the rhythm's 09:00, planned within the hour the planner runs.
        Assert.Equal([new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero)], queuedAt);
        Assert.Equal(2, (await world.Deliveries.GetAsync(RhythmWorld.CycleId(), "29:a", Token))!.RemindersSent);
    }

    [Fact]
    public async Task Nobody_is_reminded_after_answering()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:answered", "Europe/London"), ("29:quiet", "Europe/London")]);
        await world.FireAsync();
        await world.AnswerAsync("29:answered");

        await RunPlannerHourlyAsync(world, TimeSpan.FromDays(6));

        var reminded = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).Select(row => row.Recipient).Distinct();
        Assert.Equal(["29:quiet"], reminded);
    }

    [Fact]
    public async Task Two_planners_racing_for_the_same_reminder_queue_it_once()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync(Enumerable.Range(0, 20).Select(i => ($"29:p{i}", (string?)"Europe/London")));
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromDays(1));
        var second = new RhythmWorld(world.Database, world.Clock);

        var queued = await Task.WhenAll(world.Planner.QueueDueRemindersAsync(Token), second.Planner.QueueDueRemindersAsync(Token), world.Planner.QueueDueRemindersAsync(Token));

        Assert.Equal(20, queued.Sum());
        Assert.Equal(20, (await world.OutboxRowsAsync()).Count(row => row.Kind == CheckInMessages.ReminderKind(1)));
        foreach (var person in Enumerable.Range(0, 20))
        {
            Assert.Equal(1, (await world.Deliveries.GetAsync(RhythmWorld.CycleId(), $"29:p{person}", Token))!.RemindersSent);
        }
    }

    [Fact]
    public async Task A_reminder_queued_before_the_person_answered_is_not_sent()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London"), ("29:b", "Europe/London")]);
        await world.FireAsync();
        var sender = new RecordingSender(world.Clock);
        await DrainMovingTheClockAsync(world, sender);
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await world.Planner.QueueDueRemindersAsync(Token));

        await world.AnswerAsync("29:a");
        var secondDrain = world.Clock.GetUtcNow();
        await DrainMovingTheClockAsync(world, sender);

        Assert.Equal([("29:a", "checkin"), ("29:b", "checkin"), ("29:b", "checkin-reminder-1")], sender.Sent.Select(s => (s.Recipient, s.Kind)).Order());

        // The two check-ins share a tenant, so the second waited for its paced slot; the skipped reminder took no slot.
        var checkIns = sender.Sent.Where(s => s.Kind == "checkin").Select(s => s.At).Order().ToList();
        Assert.True(checkIns[1] - checkIns[0] >= PacedInterval, $"Check-ins {checkIns[1] - checkIns[0]} apart.");
        Assert.Equal(secondDrain, sender.Sent.Single(s => s.Kind == "checkin-reminder-1").At);
        var reminders = await world.Outbox.CountAsync(CheckInMessages.ReminderCycleId(RhythmWorld.CycleId()), Token);
        Assert.Equal((1, 1), (reminders.Sent, reminders.Skipped));
    }

    [Fact]
    public async Task Pausing_or_stopping_after_the_fan_out_is_checked_before_the_first_send_and_no_reminder_follows()
    {
        await using var world = await RhythmWorld.CreateAsync(RhythmWorld.Slot.AddHours(-1));
        await world.AddTeamAsync([("29:paused", "Europe/London"), ("29:stopped", "Europe/London"), ("29:in", "Europe/London")]);
        await world.FireAsync();
        var now = world.Clock.GetUtcNow();
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:paused") { PausedUntil = now.AddDays(28) }, Token);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:stopped") { OptedOut = true }, Token);
        world.Clock.Advance(TimeSpan.FromHours(1));
        var sender = new RecordingSender(world.Clock);

        await Engine(world, sender).DrainAsync(Token);
        await RunPlannerHourlyAsync(world, TimeSpan.FromDays(6));

        Assert.Equal(["29:in"], sender.Sent.Select(s => s.Recipient));
        var counts = await world.Outbox.CountAsync(RhythmWorld.CycleId(), Token);
        Assert.Equal((1, 2), (counts.Sent, counts.Skipped));
        Assert.All((await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)), row => Assert.Equal("29:in", row.Recipient));
    }

    [Fact]
    public async Task A_check_in_queued_for_later_goes_out_when_it_is_due_not_before()
    {
        var clock = new Support.ShiftedTimeProvider(TimeSpan.Zero);
        await using var world = await RhythmWorld.CreateAsync();
        var outbox = world.Outbox;
        var due = clock.GetUtcNow().AddSeconds(1.5);
        await outbox.EnqueueAsync([OutboxMessage.Create("cycle-later", "29:later", "t", "digest", "{}", clock.GetUtcNow()) with { NextAttemptAt = due }], Token);
        var sender = new RecordingSender(clock);

        await new DeliveryEngine(outbox, sender, new SqliteReachability(world.Database), Options.Create(DeliveryEngineTests.Fast(50)), clock, NullLogger<DeliveryEngine>.Instance)
            .DrainAsync(Token);

        var sent = Assert.Single(sender.Sent);
        Assert.True(sent.At >= due, $"Sent at {sent.At:O}, due at {due:O}.");
    }

    [Fact]
    public async Task A_drain_leaves_a_message_due_after_the_next_drain_to_that_drain()
    {
        await using var world = await RhythmWorld.CreateAsync();
        var now = world.Clock.GetUtcNow();
        await world.Outbox.EnqueueAsync([OutboxMessage.Create("cycle-tomorrow", "29:later", "t", "digest", "{}", now) with { NextAttemptAt = now.AddHours(20) }], Token);
        var sender = new RecordingSender(world.Clock);

        var before = await Engine(world, sender).DrainAsync(Token);
        world.Clock.Advance(TimeSpan.FromHours(20));
        var after = await Engine(world, sender).DrainAsync(Token);

        Assert.Equal((0, 1), (before, after));
        Assert.Equal(now.AddHours(20), Assert.Single(sender.Sent).At);
    }

    internal static DeliveryEngine Engine(RhythmWorld world, IProactiveSender sender) => new(
        world.Outbox, sender, new SqliteReachability(world.Database), Options.Create(OneSendAtATime()), world.Clock,
        NullLogger<DeliveryEngine>.Instance, [world.Precondition]);

    // One send at a time, in claim order, so that whenever the drain has a timer pending its only worker is parked on
    // it. With parallel sends the claim loop also polls every IdlePoll while a send is in flight; moving the manual
    // clock for that poll while another send was still checking its preconditions stamped that send 100 ms (or, on a
    // loaded machine, many polls) late, and could put two paced check-ins on the same instant.
    private static DeliveryOptions OneSendAtATime()
    {
        var options = DeliveryEngineTests.Fast(50);
        options.MaxParallelSends = 1;
        return options;
    }

    // One send every window / limit per tenant, as the engine builds its limiter from the options.
    private static TimeSpan PacedInterval =>
        (TimeSpan.FromSeconds(1) + DeliveryEngineTests.Fast(50).RateWindowSlack) / DeliveryEngineTests.Fast(50).TenantRatePerSecond;

    // The limiter paces a tenant's sends on the engine's clock, and this clock moves only when told: so while the drain
    // runs, move it to each timer the drain waits on, as real time would. The engine sends one message at a time, so a
    // pending timer means the drain is parked on it and nothing else reads the clock while it moves.
    private static async Task<int> DrainMovingTheClockAsync(RhythmWorld world, IProactiveSender sender)
    {
        var drain = Engine(world, sender).DrainAsync(Token);
        while (!drain.IsCompleted)
        {
            var timer = world.Clock.WaitForTimerAsync(left => left > TimeSpan.Zero, Token);
            if (await Task.WhenAny(drain, timer) == timer)
            {
                world.Clock.Advance(await timer);
            }
        }

        return await drain;
    }

    private static async Task<List<DateTimeOffset>> RunPlannerHourlyAsync(RhythmWorld world, TimeSpan span)
    {
        var queuedAt = new List<DateTimeOffset>();
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromHours(1))
        {
            world.Clock.Advance(TimeSpan.FromHours(1));
            if (await world.Planner.QueueDueRemindersAsync(Token) > 0)
            {
                queuedAt.Add(world.Clock.GetUtcNow());
            }
        }

        return queuedAt;
    }
}
