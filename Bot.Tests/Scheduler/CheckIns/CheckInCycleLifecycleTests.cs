using System.Globalization;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>How long a team cycle lasts and who it still reaches: across clock changes, after someone leaves, and after the rhythm is changed or switched off mid-cycle.</summary>
public sealed class CheckInCycleLifecycleTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // First Mondays 35 days apart with the clocks going back in between: the next slot is 35 days and one hour later.
    [Theory]
    [InlineData("Pacific/Auckland", "2026-02-20")] // 2 March -> 6 April 2026 (NZ clocks back 5 April)
    [InlineData("America/New_York", "2027-10-20")] // 1 November -> 6 December 2027 (US clocks back 7 November)
    [InlineData("Europe/London", "2028-09-20")] // 2 October -> 6 November 2028 (UK clocks back 29 October)
    public void A_monthly_cycle_stays_open_until_the_next_one_starts_when_the_clocks_go_back_in_between(string zone, string from)
    {
        var schedule = new CheckInSchedule("team", CheckInCadence.Monthly, DayOfWeek.Monday, new TimeOnly(9, 0), zone);
        var start = DateTimeOffset.Parse(from, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var trigger = CheckInTriggers.Build(schedule, start, TimeProvider.System);
        var slot = trigger.GetFireTimeAfter(start)!.Value;
        var next = trigger.GetFireTimeAfter(slot)!.Value;

        var cycle = CheckInFanOut.Cycle(schedule, slot, next, "key");

        Assert.Equal(next, cycle.ClosesAt);
    }

    [Fact]
    public async Task Someone_who_left_the_team_is_not_reminded_of_its_check_in()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:stays", "Europe/London"), ("29:leaves", "Europe/London")]);
        await world.FireAsync();

        // Monday afternoon the daily roster sync drops the leaver.
        world.Clock.Advance(TimeSpan.FromHours(6));
        var roster = (await world.Teams.ListMembersAsync(RhythmWorld.TeamId, Token)).Where(m => m.TeamsUserId != "29:leaves").ToList();
        await world.Teams.SyncRosterAsync(RhythmWorld.TeamId, roster, Token);

        for (var hour = 0; hour < 24 * 5; hour++)
        {
            world.Clock.Advance(TimeSpan.FromHours(1));
            await world.Planner.QueueDueRemindersAsync(Token);
        }

        var remindedLeaver = (await world.OutboxRowsAsync()).Where(row => row.Recipient == "29:leaves" && CheckInMessages.IsReminder(row.Kind)).ToList();
        var skipReasons = new List<string?>();
        foreach (var row in remindedLeaver)
        {
            var message = await world.Outbox.FindAsync(OutboxMessage.KeyFor(CheckInMessages.ReminderCycleId(RhythmWorld.CycleId()), row.Recipient, row.Kind), Token);
            skipReasons.Add(await world.Precondition.SkipReasonAsync(message!, Token));
        }

        Assert.True(remindedLeaver.Count == 0 || skipReasons.All(r => r is not null),
            $"The leaver got {remindedLeaver.Count} reminders queued ({string.Join(", ", remindedLeaver.Select(r => r.Kind + " at " + r.Due.ToString("O", CultureInfo.InvariantCulture)))}) "
            + $"and the send-time check lets them through (skip reasons: {string.Join(", ", skipReasons.Select(r => r ?? "none"))}).");
    }

    [Fact]
    public async Task A_check_in_queued_for_later_is_not_sent_to_someone_who_left_the_team_before_it_was_due()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:london", "Europe/London"), ("29:new-york", "America/New_York")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(2));
        var roster = (await world.Teams.ListMembersAsync(RhythmWorld.TeamId, Token)).Where(m => m.TeamsUserId != "29:new-york").ToList();
        await world.Teams.SyncRosterAsync(RhythmWorld.TeamId, roster, Token);
        world.Clock.Advance(TimeSpan.FromHours(3)); // 14:00 UTC, 09:00 in New York: the check-in is due

        var queued = (await world.Outbox.FindAsync(OutboxMessage.KeyFor(RhythmWorld.CycleId(), "29:new-york", CheckInMessages.CheckInKind), Token))!;
        Assert.Equal(OutboxStatus.Pending, queued.Status);

        Assert.Equal("NotAMember", await world.Precondition.SkipReasonAsync(queued, Token));
    }

    [Fact]
    public async Task A_rhythm_switched_off_sends_no_check_in_still_queued_for_later()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:london", "Europe/London"), ("29:new-york", "America/New_York")]);
        await world.FireAsync();

        // 10:00 in London the leader presses "Switch check-ins off" (the dialog removes the trigger and the rhythm).
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.Rhythms.RemoveAsync(RhythmWorld.TeamId, Token);
        world.Clock.Advance(TimeSpan.FromHours(4)); // 09:00 in New York

        var queued = (await world.Outbox.FindAsync(OutboxMessage.KeyFor(RhythmWorld.CycleId(), "29:new-york", CheckInMessages.CheckInKind), Token))!;
        Assert.Equal(OutboxStatus.Pending, queued.Status);

        Assert.Equal("RhythmOff", await world.Precondition.SkipReasonAsync(queued, Token));
    }

    [Fact]
    public async Task After_the_rhythm_moves_from_Monday_to_Wednesday_someone_who_answered_Wednesday_s_check_in_is_not_reminded_of_Monday_s()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London")]);
        await world.FireAsync(); // Monday 30 November 2026, 09:00; the cycle closes at the next Monday slot

        // Tuesday the leader moves the rhythm to Wednesdays; Wednesday's slot opens the new cycle and 29:a answers it.
        var wednesday = RhythmWorld.Slot.AddDays(2);
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.Rhythms.SaveAsync(new CheckInSchedule(RhythmWorld.TeamId, CheckInCadence.Weekly, DayOfWeek.Wednesday, new TimeOnly(9, 0), "Europe/London"), "leader-aad", world.Clock.GetUtcNow(), Token);
        await world.Planner.QueueDueRemindersAsync(Token); // Tuesday's reminder of Monday's cycle
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.FireAsync(wednesday);
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        await world.AnswerAsync("29:a", wednesday);

        for (var hour = 0; hour < 24 * 4; hour++)
        {
            world.Clock.Advance(TimeSpan.FromHours(1));
            await world.Planner.QueueDueRemindersAsync(Token);
        }

        var mondayReminders = new List<OutboxMessage>();
        foreach (var kind in new[] { CheckInMessages.ReminderKind(1), CheckInMessages.ReminderKind(2) })
        {
            if (await world.Outbox.FindAsync(OutboxMessage.KeyFor(CheckInMessages.ReminderCycleId(RhythmWorld.CycleId()), "29:a", kind), Token) is { } m && m.CreatedAt > wednesday)
            {
                mondayReminders.Add(m);
            }
        }

        var mondayCycle = await world.CheckIns.GetCycleAsync(RhythmWorld.CycleId(), Token);
        Assert.True(mondayReminders.Count == 0,
            $"Monday's cycle is still open until {mondayCycle!.ClosesAt:O} beside Wednesday's; after answering Wednesday's check-in 29:a was sent "
            + $"{string.Join(", ", mondayReminders.Select(m => m.Kind + " at " + m.CreatedAt.ToString("O", CultureInfo.InvariantCulture)))} for Monday's.");
    }

    [Fact]
    public async Task Someone_still_in_the_team_gets_the_check_in_and_reminders_when_their_roster_row_has_no_Teams_id()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:known", "Europe/London")]);
        await world.People.UpsertAsync(new Person { TeamsUserId = "29:by-aad", AadObjectId = "aad-by-aad", TimeZone = "Europe/London", FirstSeenAt = RhythmWorld.Slot, LastSeenAt = RhythmWorld.Slot }, Token);
        await world.Teams.UpsertMemberAsync(new TeamMember { TeamId = RhythmWorld.TeamId, AadObjectId = "aad-by-aad", Name = "Graph only", UpdatedAt = RhythmWorld.Slot }, Token);
        await world.FireAsync();

        var checkIn = (await world.Outbox.FindAsync(OutboxMessage.KeyFor(RhythmWorld.CycleId(), "29:by-aad", CheckInMessages.CheckInKind), Token))!;
        Assert.Null(await world.Precondition.SkipReasonAsync(checkIn, Token));

        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.Planner.QueueDueRemindersAsync(Token);
        var reminded = (await world.OutboxRowsAsync()).Where(row => CheckInMessages.IsReminder(row.Kind)).Select(row => row.Recipient);
        Assert.Equal(["29:by-aad", "29:known"], reminded.Order());
    }

    [Fact]
    public async Task After_the_rhythm_is_switched_off_nobody_is_reminded_of_the_open_cycle()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London")]);
        await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.Rhythms.RemoveAsync(RhythmWorld.TeamId, Token);

        for (var hour = 0; hour < 24 * 5; hour++)
        {
            world.Clock.Advance(TimeSpan.FromHours(1));
            await world.Planner.QueueDueRemindersAsync(Token);
        }

        Assert.DoesNotContain(await world.OutboxRowsAsync(), row => CheckInMessages.IsReminder(row.Kind));
    }

    [Fact]
    public async Task A_check_in_of_the_old_cycle_still_queued_when_the_next_cycle_opens_is_not_sent()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:london", "Europe/London"), ("29:paused", "Europe/London")]);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:paused") { PausedUntil = RhythmWorld.Slot.AddDays(3) }, Token);
        await world.FireAsync(); // 29:paused's check-in waits for Thursday, when the pause ends
        var wednesday = RhythmWorld.Slot.AddDays(2);
        await world.Rhythms.SaveAsync(new CheckInSchedule(RhythmWorld.TeamId, CheckInCadence.Weekly, DayOfWeek.Wednesday, new TimeOnly(9, 0), "Europe/London"), "leader-aad", world.Clock.GetUtcNow(), Token);
        world.Clock.Advance(TimeSpan.FromDays(2));
        await world.FireAsync(wednesday);
        world.Clock.Advance(TimeSpan.FromDays(1));

        var monday = (await world.Outbox.FindAsync(OutboxMessage.KeyFor(RhythmWorld.CycleId(), "29:paused", CheckInMessages.CheckInKind), Token))!;
        var wednesdays = (await world.Outbox.FindAsync(OutboxMessage.KeyFor(RhythmWorld.CycleId(wednesday), "29:paused", CheckInMessages.CheckInKind), Token))!;

        Assert.Equal("CycleClosed", await world.Precondition.SkipReasonAsync(monday, Token));
        Assert.Null(await world.Precondition.SkipReasonAsync(wednesdays, Token));
    }
}
