using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// The send-time check of a team's queued check-ins over each backend's stores (decision 052): someone who left the
/// team, a cycle whose successor has opened, and a rhythm switched off; and the reminder planner keeping a snooze's
/// promise (a check-in reminded twice is still listed, and the snooze's reminder is found queued by its key), and what
/// it tells the snooze card (decision 057: the person's delivery row, skipped or not, and the team's rhythm).
/// </summary>
public abstract class CheckInSendTimeCheckContract(StoreBackend backend) : StoreContract(backend)
{
    private const string TeamId = "19:team-a@thread.tacv2";
    private const string CycleKey = "send-time-check-key";

    // Monday 30 November 2026, 09:00 in London; everyone's check-in is queued for Tuesday 09:00 (paused until then).
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _clock = new(Monday);

    [Fact]
    public async Task A_queued_check_in_goes_to_members_found_by_either_id_and_not_to_someone_who_left()
    {
        await SeedAsync();
        await FireAsync(Monday);
        var roster = (await Store<ITeamStore>().ListMembersAsync(TeamId, Token)).Where(m => m.AadObjectId != "aad-leaves").ToList();
        await Store<ITeamStore>().SyncRosterAsync(TeamId, roster, Token);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(
            [("29:by-aad", null), ("29:leaves", "NotAMember"), ("29:stays", null)],
            [("29:by-aad", await ReasonAsync(Monday, "29:by-aad")), ("29:leaves", await ReasonAsync(Monday, "29:leaves")), ("29:stays", await ReasonAsync(Monday, "29:stays"))]);
    }

    [Fact]
    public async Task Once_the_team_s_next_cycle_opens_a_check_in_still_queued_for_the_old_one_is_skipped()
    {
        await SeedAsync();
        await FireAsync(Monday);
        var wednesday = Monday.AddDays(2);
        await Store<ITeamRhythmStore>().SaveAsync(new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Wednesday, new TimeOnly(9, 0), "Europe/London"), "leader-aad", Monday, Token);
        _clock.Advance(TimeSpan.FromDays(2));
        await FireAsync(wednesday);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(("CycleClosed", null), (await ReasonAsync(Monday, "29:stays"), await ReasonAsync(wednesday, "29:stays")));
    }

    [Fact]
    public async Task After_the_rhythm_is_switched_off_a_check_in_still_queued_is_skipped()
    {
        await SeedAsync();
        await FireAsync(Monday);
        _clock.Advance(TimeSpan.FromHours(1));
        await Store<ITeamRhythmStore>().RemoveAsync(TeamId, Token);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("RhythmOff", await ReasonAsync(Monday, "29:stays"));
    }

    [Fact]
    public async Task A_snooze_pressed_after_both_reminders_brings_one_more_at_its_end_and_only_one()
    {
        await SeedAsync();
        await FireAsync(Monday);
        var planner = new CheckInReminderPlanner(Store<ICheckInDeliveryStore>(_clock), Store<ICheckInStore>(), Store<ITeamStore>(), Store<IPersonStore>(),
            Store<ITeamRhythmStore>(), Store<IOutboxStore>(_clock), new CheckInOptions(), _clock, NullLogger<CheckInReminderPlanner>.Instance);

        // The check-ins came on Tuesday 09:00 (after the pause); reminders on Wednesday and Friday 09:00, three people each.
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(3, await planner.QueueDueRemindersAsync(Token));
        _clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(30));
        Assert.Equal(3, await planner.QueueDueRemindersAsync(Token));
        var snoozed = _clock.GetUtcNow().AddHours(3);
        await Store<ICheckInStore>().SavePreferencesAsync(new CheckInPreferences("29:stays") { SnoozedUntil = snoozed }, Token);

        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await planner.QueueDueRemindersAsync(Token));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await planner.QueueDueRemindersAsync(Token));
        var key = OutboxMessage.KeyFor(CheckInMessages.ReminderCycleId(CheckInMessages.CycleId(TeamId, Monday, CycleKey)), "29:stays", CheckInMessages.SnoozeReminderKind(snoozed));
        Assert.NotNull(await Store<IOutboxStore>(_clock).FindAsync(key, Token));
        Assert.Equal(3, (await Store<ICheckInDeliveryStore>(_clock).GetAsync(CheckInMessages.CycleId(TeamId, Monday, CycleKey), "29:stays", Token))?.RemindersSent);
    }

    [Fact]
    public async Task What_a_snooze_brings_is_read_from_the_persons_delivery_and_the_team_s_rhythm()
    {
        await SeedAsync();
        await FireAsync(Monday);
        var planner = new CheckInReminderPlanner(Store<ICheckInDeliveryStore>(_clock), Store<ICheckInStore>(), Store<ITeamStore>(), Store<IPersonStore>(),
            Store<ITeamRhythmStore>(), Store<IOutboxStore>(_clock), new CheckInOptions(), _clock, NullLogger<CheckInReminderPlanner>.Instance);
        var cycleId = CheckInMessages.CycleId(TeamId, Monday, CycleKey);

        // Monday: a snooze to 12:00 ends before the check-in (held back by the pause) comes on Tuesday at 09:00.
        await SnoozeAsync("29:stays", Monday.AddHours(3));
        Assert.Equal(new SnoozeOutcome(SnoozeOutcomeKind.CheckInStillToCome, Monday.AddDays(1)), await planner.AtSnoozeEndAsync(cycleId, "29:stays", Token));

        // Tuesday 09:00: one of them paused again, so their check-in is skipped at send time; at 10:00 both snooze.
        _clock.Advance(TimeSpan.FromDays(1));
        await Store<ICheckInStore>().SavePreferencesAsync(new CheckInPreferences("29:leaves") { PausedUntil = Monday.AddDays(28) }, Token);
        Assert.Equal("Paused", await ReasonAsync(Monday, "29:leaves"));
        _clock.Advance(TimeSpan.FromHours(1));
        var end = _clock.GetUtcNow().AddHours(3);
        await SnoozeAsync("29:stays", end);
        await SnoozeAsync("29:leaves", end);

        Assert.Equal(new SnoozeOutcome(SnoozeOutcomeKind.Reminder, end), await planner.AtSnoozeEndAsync(cycleId, "29:stays", Token));
        Assert.Equal(new SnoozeOutcome(SnoozeOutcomeKind.NotSent), await planner.AtSnoozeEndAsync(cycleId, "29:leaves", Token));
        await Store<ITeamRhythmStore>().RemoveAsync(TeamId, Token);
        Assert.Equal(new SnoozeOutcome(SnoozeOutcomeKind.RhythmOff), await planner.AtSnoozeEndAsync(cycleId, "29:stays", Token));
    }

    // The snooze replaces what was stored (the pause too, as Resume would clear it).
    private Task SnoozeAsync(string personId, DateTimeOffset until) =>
        Store<ICheckInStore>().SavePreferencesAsync(new CheckInPreferences(personId) { SnoozedUntil = until }, Token);

    // A team with a Monday rhythm: two members by Teams id and one whose roster row has only the AAD id, all paused till Tuesday.
    private async Task SeedAsync()
    {
        await Store<ITeamStore>().UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = "Day service", UpdatedAt = Monday }, Token);
        await Store<ITeamRhythmStore>().SaveAsync(new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), "leader-aad", Monday, Token);
        foreach (var (id, rosterHasTeamsId) in new[] { ("29:stays", true), ("29:leaves", true), ("29:by-aad", false) })
        {
            var aad = "aad-" + id[3..];
            await Store<IPersonStore>().UpsertAsync(new Person { TeamsUserId = id, AadObjectId = aad, TimeZone = "Europe/London", FirstSeenAt = Monday, LastSeenAt = Monday }, Token);
            await Store<ITeamStore>().UpsertMemberAsync(new TeamMember { TeamId = TeamId, AadObjectId = aad, TeamsUserId = rosterHasTeamsId ? id : null, Name = id, UpdatedAt = Monday }, Token);
            await Store<ICheckInStore>().SavePreferencesAsync(new CheckInPreferences(id) { PausedUntil = Monday.AddDays(1) }, Token);
        }
    }

    private async Task FireAsync(DateTimeOffset slot)
    {
        var fanOut = new CheckInFanOut(Store<ITeamRhythmStore>(), Store<ITeamStore>(), Store<IPersonStore>(), Store<ICheckInStore>(), Store<ICheckInDeliveryStore>(_clock),
            Store<IOutboxStore>(_clock), new CheckInOptions(), _clock, NullLogger<CheckInFanOut>.Instance);
        Assert.NotNull(await fanOut.OpenCycleAsync(TeamId, slot, slot.AddDays(7), CycleKey, Token));
    }

    private async Task<string?> ReasonAsync(DateTimeOffset slot, string personId)
    {
        var key = OutboxMessage.KeyFor(CheckInMessages.CycleId(TeamId, slot, CycleKey), personId, CheckInMessages.CheckInKind);
        var message = await Store<IOutboxStore>(_clock).FindAsync(key, Token);
        Assert.True(message is not null, $"No check-in queued for {personId} in the cycle of {slot:O}.");
        var precondition = new CheckInOutboxPrecondition(Store<ICheckInStore>(), Store<ICheckInDeliveryStore>(_clock), Store<ITeamRhythmStore>(), Store<ITeamStore>(), Store<IPersonStore>(), _clock);
        return await precondition.SkipReasonAsync(message, Token);
    }
}

/// <summary>The send-time check on SQLite.</summary>
public sealed class CheckInSendTimeCheckContractOnSqlite() : CheckInSendTimeCheckContract(StoreBackend.Sqlite());

/// <summary>The send-time check on Azure Tables (Azurite).</summary>
[Slow]
public sealed class CheckInSendTimeCheckContractOnAzurite(Azurite azurite) : CheckInSendTimeCheckContract(StoreBackend.Azure(azurite));
