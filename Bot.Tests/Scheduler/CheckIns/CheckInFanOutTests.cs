using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>The cycle job's fan-out on real SQLite with a manual clock: who gets a check-in, and when, in their own time.</summary>
public sealed class CheckInFanOutTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_person_gets_the_check_in_at_the_rhythm_time_in_their_own_time_zone()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:london", "Europe/London"), ("29:new-york", "America/New_York"), ("29:unknown", null)]);

        Assert.Equal(3, await world.FireAsync());

        var due = (await world.OutboxRowsAsync()).ToDictionary(row => row.Recipient, row => row.Due.ToUniversalTime());
        Assert.Equal(Utc(11, 30, 9), due["29:london"]);
        Assert.Equal(Utc(11, 30, 14), due["29:new-york"]); // 09:00 in New York
        Assert.Equal(Utc(11, 30, 9), due["29:unknown"]); // the team's zone when theirs is unknown
    }

    [Fact]
    public async Task Someone_whose_evening_has_passed_gets_it_after_their_quiet_hours()
    {
        var slot = Utc(11, 30, 19, 30);
        await using var world = await RhythmWorld.CreateAsync(slot);
        await world.AddTeamAsync([("29:kolkata", "Asia/Kolkata")], new CheckInSchedule(RhythmWorld.TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(19, 30), "Europe/London"));

        await world.FireAsync(slot);

        // 19:30 in Kolkata had gone by when the slot fired (01:00 there, in quiet hours): 08:00 on Tuesday, Kolkata time.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(5.5)), Assert.Single(await world.OutboxRowsAsync()).Due);
    }

    [Fact]
    public async Task A_weekend_slot_in_quiet_hours_waits_for_the_first_working_morning()
    {
        var saturday = Utc(12, 5, 7);
        await using var world = await RhythmWorld.CreateAsync(saturday);
        await world.AddTeamAsync([("29:london", "Europe/London")], new CheckInSchedule(RhythmWorld.TeamId, CheckInCadence.Weekly, DayOfWeek.Saturday, new TimeOnly(7, 0), "Europe/London"));

        await world.FireAsync(saturday);

        Assert.Equal(Utc(12, 7, 8), Assert.Single(await world.OutboxRowsAsync()).Due.ToUniversalTime());
    }

    [Fact]
    public async Task Firing_the_same_slot_twice_enqueues_each_check_in_once()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London"), ("29:b", "Europe/Paris")]);

        var first = await world.FireAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await world.FireAsync();

        Assert.Equal((2, 0), (first, second));
        Assert.Equal(2, (await world.OutboxRowsAsync()).Count);
        Assert.Equal(2, (await world.Outbox.CountAsync(RhythmWorld.CycleId(), Token)).Pending);
    }

    [Fact]
    public async Task Opted_out_and_long_paused_people_get_nothing_and_a_short_pause_moves_the_check_in()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:out", "Europe/London"), ("29:long", "Europe/London"), ("29:short", "Europe/London"), ("29:snoozed", "Europe/London")]);
        var now = world.Clock.GetUtcNow();
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:out") { OptedOut = true }, Token);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:long") { PausedUntil = now.AddDays(20) }, Token);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:short") { PausedUntil = Utc(12, 2, 10, 15) }, Token);
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:snoozed") { SnoozedUntil = Utc(11, 30, 21) }, Token);

        await world.FireAsync();

        var due = (await world.OutboxRowsAsync()).ToDictionary(row => row.Recipient, row => row.Due.ToUniversalTime());
        Assert.Equal(["29:short", "29:snoozed"], due.Keys.Order());
        Assert.Equal(Utc(12, 2, 10, 15), due["29:short"]);
        Assert.Equal(Utc(12, 1, 8), due["29:snoozed"]); // the snooze ends in quiet hours
    }

    [Fact]
    public async Task A_member_known_only_by_their_AAD_id_is_found_through_the_people_they_are()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([]);
        var now = world.Clock.GetUtcNow();
        await world.People.UpsertAsync(new Person { TeamsUserId = "29:found", AadObjectId = "aad-found", TimeZone = "America/New_York", FirstSeenAt = now, LastSeenAt = now }, Token);
        await world.Teams.UpsertMemberAsync(new TeamMember { TeamId = RhythmWorld.TeamId, AadObjectId = "aad-found", UpdatedAt = now }, Token);
        await world.Teams.UpsertMemberAsync(new TeamMember { TeamId = RhythmWorld.TeamId, AadObjectId = "aad-never-seen", UpdatedAt = now }, Token);

        await world.FireAsync();

        var row = Assert.Single(await world.OutboxRowsAsync());
        Assert.Equal(("29:found", Utc(11, 30, 14)), (row.Recipient, row.Due.ToUniversalTime()));
    }

    [Fact]
    public async Task Each_weekly_cycle_carries_its_part_of_the_pulse_rotation_and_the_card_names_the_cycle()
    {
        var monday = Utc(12, 7, 9);
        await using var world = await RhythmWorld.CreateAsync(monday);
        await world.AddTeamAsync([("29:a", "Europe/London")]);

        await world.FireAsync(monday);
        await world.FireAsync(monday.AddDays(7));

        var first = (await world.CheckIns.GetCycleAsync(RhythmWorld.CycleId(monday), Token))!;
        var second = (await world.CheckIns.GetCycleAsync(RhythmWorld.CycleId(monday.AddDays(7)), Token))!;
        Assert.Equal(PulseRotation.Groups[1], first.PulseConditions);
        Assert.Equal(PulseRotation.Groups[2], second.PulseConditions);
        var cards = await world.Database.QueryListAsync("SELECT card_json FROM outbox ORDER BY next_attempt_at;", _ => { }, reader => reader.GetString(0), Token);
        Assert.Contains(RhythmWorld.CycleId(monday), cards[0], StringComparison.Ordinal);
        Assert.Contains("The change is good for me in my own work.", cards[0], StringComparison.Ordinal);
        Assert.DoesNotContain("I feel able to do what the change asks of me.", cards[0], StringComparison.Ordinal);
        Assert.Contains("I feel able to do what the change asks of me.", cards[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Monthly check-in", cards[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_whose_rhythm_was_switched_off_gets_nothing()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London")]);
        await world.Rhythms.RemoveAsync(RhythmWorld.TeamId, Token);

        Assert.Null(await world.FireAsync());
        Assert.Empty(await world.OutboxRowsAsync());
    }

    [Theory]
    [InlineData(CheckInCadence.Monthly, 30, 14)]
    [InlineData(CheckInCadence.Fortnightly, 7, 7)]
    [InlineData(CheckInCadence.Fortnightly, 14, 6)]
    [InlineData(CheckInCadence.Weekly, 7, 4)]
    [InlineData(CheckInCadence.Weekly, 8, 4)]
    [InlineData(CheckInCadence.Weekly, 21, 3)]
    public void Every_cycle_asks_its_share_of_the_pulse_rotation(CheckInCadence cadence, int dayOfMonth, int statements) =>
        Assert.Equal(statements, CheckInFanOut.PulseConditions(new CheckInSchedule("t", cadence, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), Utc(12, dayOfMonth, 9)).Count);
}
