using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>Who was sent which team check-in, and the reminders that follow, behave the same on both backends.</summary>
public abstract class CheckInDeliveryStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Cycle = "team:19:care/1#:20261123T0900Z";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Deliveries_are_added_once_per_cycle_and_person_and_read_back_as_given()
    {
        var store = Store<ICheckInDeliveryStore>();
        var sam = Delivery(Cycle, "29:sam", Monday.AddHours(1)) with { PersonTimeZone = "Europe/London" };

        Assert.Equal(2, await store.AddAsync([sam, Delivery(Cycle, "29:kim", Monday), sam], Token));
        Assert.Equal(1, await store.AddAsync([Delivery(Cycle, "29:kim", Monday.AddDays(1)), Delivery(Cycle, "29:lee", Monday)], Token));

        Assert.Equal(sam, await store.GetAsync(Cycle, "29:sam", Token));
        Assert.Equal(Monday, (await store.GetAsync(Cycle, "29:kim", Token))?.DeliverAt);
        Assert.Null((await store.GetAsync(Cycle, "29:kim", Token))?.PersonTimeZone);
        Assert.Null(await store.GetAsync(Cycle, "29:nobody", Token));
    }

    [Fact]
    public async Task A_large_team_is_added_whole_and_a_repeated_firing_adds_only_the_people_not_stored_yet()
    {
        var store = Store<ICheckInDeliveryStore>();
        var team = Enumerable.Range(0, 230).Select(person => Delivery(Cycle, $"29:p{person:D3}", Monday)).ToList();

        Assert.Equal(30, await store.AddAsync(team.Skip(100).Take(30).ToList(), Token));
        Assert.Equal(200, await store.AddAsync(team, Token));

        Assert.Equal(230, (await store.ListAwaitingReminderAsync(Monday, 2, Token)).Count);
    }

    [Fact]
    public async Task Awaiting_reminder_lists_only_due_open_unskipped_deliveries_under_the_maximum_in_due_order()
    {
        var store = Store<ICheckInDeliveryStore>();
        var now = Monday.AddDays(2);
        await store.AddAsync(
        [
            Delivery(Cycle, "29:b", Monday), Delivery(Cycle, "29:a", Monday), Delivery(Cycle, "29:early", Monday.AddHours(-1)),
            Delivery(Cycle, "29:later", now.AddMinutes(1)), Delivery(Cycle, "29:skipped", Monday), Delivery(Cycle, "29:twice", Monday),
            Delivery("closed", "29:closed", Monday) with { ClosesAt = now }, Delivery("other-cycle", "29:c", now),
        ], Token);
        await store.MarkSkippedAsync(Cycle, "29:skipped", Token);
        Assert.True(await store.TryCountReminderAsync(Cycle, "29:twice", 0, Token));
        Assert.True(await store.TryCountReminderAsync(Cycle, "29:twice", 1, Token));

        var due = await store.ListAwaitingReminderAsync(now, 2, Token);

        Assert.Equal(["29:early", "29:a", "29:b", "29:c"], due.Select(delivery => delivery.PersonId));
        Assert.Contains("29:twice", (await store.ListAwaitingReminderAsync(now, 3, Token)).Select(delivery => delivery.PersonId));
        Assert.True((await store.GetAsync(Cycle, "29:skipped", Token))!.Skipped);
    }

    // Decision 065: the scan every five minutes read each answered person's preferences and answer until the cycle closed.
    [Fact]
    public async Task Awaiting_reminder_leaves_out_whoever_answered_that_cycle()
    {
        var store = Store<ICheckInDeliveryStore>();
        const string Awkward = "29:o'neil/#1";
        await store.AddAsync(
        [
            Delivery(Cycle, "29:sam", Monday), Delivery(Cycle, "29:kim", Monday), Delivery(Cycle, "29:lee", Monday), Delivery(Cycle, Awkward, Monday),
            Delivery("other-cycle", "29:kim", Monday),
        ], Token);
        var checkIns = Store<ICheckInStore>();
        foreach (var (cycleId, personId) in new[] { (Cycle, "29:kim"), (Cycle, Awkward), ("earlier-cycle", "29:lee") })
        {
            await checkIns.SaveAnswerAsync(new CheckInAnswer(cycleId, personId, "team-1", 3, null, null, false, null, new Dictionary<string, int>(), null, Monday.AddHours(1)), Token);
        }

        var due = await store.ListAwaitingReminderAsync(Monday.AddDays(2), 3, Token);

        Assert.Equal([("other-cycle", "29:kim"), (Cycle, "29:lee"), (Cycle, "29:sam")], due.Select(delivery => (delivery.CycleId, delivery.PersonId)));
    }

    [Fact]
    public async Task A_reminder_is_counted_only_against_the_count_read_and_never_for_a_skipped_check_in()
    {
        var store = Store<ICheckInDeliveryStore>();
        await store.AddAsync([Delivery(Cycle, "29:sam", Monday), Delivery(Cycle, "29:kim", Monday)], Token);
        await store.MarkSkippedAsync(Cycle, "29:kim", Token);

        Assert.True(await store.TryCountReminderAsync(Cycle, "29:sam", 0, Token));
        Assert.False(await store.TryCountReminderAsync(Cycle, "29:sam", 0, Token));
        Assert.False(await store.TryCountReminderAsync(Cycle, "29:kim", 0, Token));
        Assert.False(await store.TryCountReminderAsync(Cycle, "29:nobody", 0, Token));
        Assert.Equal(1, (await store.GetAsync(Cycle, "29:sam", Token))?.RemindersSent);
        Assert.Equal(0, (await store.GetAsync(Cycle, "29:kim", Token))?.RemindersSent);
    }

    [Fact]
    public async Task Two_racing_planners_count_a_reminder_once()
    {
        const int Planners = 8;
        var store = Store<ICheckInDeliveryStore>();
        await store.AddAsync([Delivery(Cycle, "29:sam", Monday)], Token);

        var counted = await AtOnceAsync<ICheckInDeliveryStore, bool>(Planners, (planner, _) => planner.TryCountReminderAsync(Cycle, "29:sam", 0, Token));

        Assert.Equal(1, counted.Count(won => won));
        Assert.Equal(1, (await store.GetAsync(Cycle, "29:sam", Token))?.RemindersSent);
    }

    // Decision 073: a scan's reminders are counted together, each against the count it listed, whether few or many.
    [Theory]
    [InlineData(3)]
    [InlineData(150)]
    public async Task Reminders_counted_together_are_each_counted_against_the_count_listed_and_never_for_a_skipped_or_missing_check_in(int people)
    {
        var store = Store<ICheckInDeliveryStore>();
        var team = Enumerable.Range(0, people).Select(person => Delivery(Cycle, $"29:p{person:D3}", Monday))
            .Append(Delivery(Cycle, "29:o'neil/#1", Monday)).Append(Delivery(Cycle, "29:counted", Monday)).Append(Delivery(Cycle, "29:skipped", Monday))
            .Append(Delivery("other-cycle", "29:p000", Monday)).ToList();
        await store.AddAsync(team, Token);
        var listed = await store.ListAwaitingReminderAsync(Monday.AddDays(1), 2, Token);
        Assert.True(await store.TryCountReminderAsync(Cycle, "29:counted", 0, Token));
        await store.MarkSkippedAsync(Cycle, "29:skipped", Token);

        var counted = await store.CountRemindersAsync([.. listed, Delivery(Cycle, "29:nobody", Monday)], Token);

        Assert.Equal(people + 2, counted);
        var stored = await Task.WhenAll(team.Select(delivery => store.GetAsync(delivery.CycleId, delivery.PersonId, Token)));
        Assert.All(stored.Where(delivery => delivery!.PersonId is not ("29:counted" or "29:skipped")), delivery => Assert.Equal(1, delivery!.RemindersSent));
        Assert.Equal(1, stored.Single(delivery => delivery!.PersonId == "29:counted")!.RemindersSent);
        Assert.Equal((0, true), stored.Where(delivery => delivery!.PersonId == "29:skipped").Select(delivery => (delivery!.RemindersSent, delivery.Skipped)).Single());
        Assert.Null(await store.GetAsync(Cycle, "29:nobody", Token));

        // The second reminder is counted against the first's count, as listed again.
        Assert.Equal(people + 3, await store.CountRemindersAsync(await store.ListAwaitingReminderAsync(Monday.AddDays(2), 2, Token), Token));
        Assert.Empty(await store.ListAwaitingReminderAsync(Monday.AddDays(2), 2, Token));
    }

    [Fact]
    public async Task Planners_racing_to_count_the_same_reminders_together_count_each_once()
    {
        const int Planners = 4;
        var store = Store<ICheckInDeliveryStore>();
        await store.AddAsync([.. Enumerable.Range(0, 120).Select(person => Delivery(Cycle, $"29:p{person:D3}", Monday))], Token);
        var listed = await store.ListAwaitingReminderAsync(Monday.AddDays(1), 2, Token);

        var counted = await AtOnceAsync<ICheckInDeliveryStore, int>(Planners, (planner, _) => planner.CountRemindersAsync(listed, Token));

        Assert.Equal(120, counted.Sum());
        Assert.All(await store.ListAwaitingReminderAsync(Monday.AddDays(1), 3, Token), delivery => Assert.Equal(1, delivery.RemindersSent));
    }

    private static CheckInDelivery Delivery(string cycleId, string personId, DateTimeOffset deliverAt) =>
        new(cycleId, personId, "team-1", deliverAt, null, "Europe/London", Monday.AddDays(7));
}

/// <summary>The ICheckInDeliveryStore contract on SQLite.</summary>
public sealed class CheckInDeliveryStoreContractOnSqlite() : CheckInDeliveryStoreContract(StoreBackend.Sqlite());

/// <summary>The ICheckInDeliveryStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class CheckInDeliveryStoreContractOnAzurite(Azurite azurite) : CheckInDeliveryStoreContract(StoreBackend.Azure(azurite));
