using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class CheckInStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_team_s_answers_are_listed_by_time_range_oldest_first()
    {
        var store = Store<ICheckInStore>();
        await store.SaveAnswerAsync(Answer("c1", "p1", "team-1", Monday.AddDays(1)), Token);
        await store.SaveAnswerAsync(Answer("c1", "p2", "team-1", Monday), Token);
        await store.SaveAnswerAsync(Answer("c2", "p1", "team-1", Monday.AddDays(8)), Token);
        await store.SaveAnswerAsync(Answer("c3", "p3", "team-2", Monday), Token);

        var week = await store.ListAnswersAsync("team-1", Monday, Monday.AddDays(7), Token);

        Assert.Equal(["p2", "p1"], week.Select(a => a.PersonId));
    }

    [Fact]
    public async Task Preferences_round_trip_with_reminder_counts()
    {
        var store = Store<ICheckInStore>();
        Assert.Equal(new CheckInPreferences("p1").OptedOut, (await store.GetPreferencesAsync("p1", Token)).OptedOut);

        await store.SavePreferencesAsync(new CheckInPreferences("p1")
        {
            PausedUntil = Monday.AddDays(28),
            SnoozedUntil = Monday.AddHours(3),
            OptedOut = true,
            RemindersSent = new Dictionary<string, int> { ["c1"] = 2 },
        }, Token);

        var stored = await store.GetPreferencesAsync("p1", Token);
        Assert.Equal((Monday.AddDays(28), Monday.AddHours(3), true, 2), (stored.PausedUntil, stored.SnoozedUntil, stored.OptedOut, stored.RemindersSentFor("c1")));
    }

    // Decision 083: the reminder scan reads a hundred people's preferences at once (0, 1, 100 and 101 cross its batch;
    // Azure asks for 13 people a query, so 14 crosses that). Everyone asked for is answered, stored or default, and only
    // they: others' rows lie between them in key order. The ids carry quotes (OData literals), the key escape and
    // separator, a slash and a letter outside ASCII.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(100)]
    [InlineData(101)]
    public async Task Preferences_of_many_people_are_read_together_with_defaults_for_those_with_none(int people)
    {
        var store = Store<ICheckInStore>();
        var ids = Enumerable.Range(0, people).Select(AwkwardId).ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Where(person => person.i % 2 == 0))
        {
            await store.SavePreferencesAsync(new CheckInPreferences(id) { PausedUntil = Monday.AddMinutes(i), OptedOut = i % 4 == 0 }, Token);
        }

        foreach (var stranger in ids.Select(id => id + "!").Append(AwkwardId(people)))
        {
            await store.SavePreferencesAsync(new CheckInPreferences(stranger) { OptedOut = true, SnoozedUntil = Monday }, Token);
        }

        var read = await store.GetPreferencesAsync([.. ids, .. ids.Take(1)], Token);

        Assert.Equal(ids.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            DateTimeOffset? paused = i % 2 == 0 ? Monday.AddMinutes(i) : null;
            Assert.Equal((id, paused, i % 4 == 0, (DateTimeOffset?)null), (read[id].PersonId, read[id].PausedUntil, read[id].OptedOut, read[id].SnoozedUntil));
        }
    }

    [Fact]
    public async Task A_cycle_id_is_stored_once_and_an_ad_hoc_cycle_is_found_only_for_its_owner()
    {
        var store = Store<ICheckInStore>();
        var cycle = new CheckInCycle("adhoc-1", null, Monday, Monday.AddDays(7), IncludesPulse: false) { OwnerPersonId = "p1" };
        await store.SaveCycleAsync(cycle, Token);
        await store.SaveCycleAsync(cycle with { IncludesPulse = true }, Token);

        Assert.Equal(cycle, await store.GetCycleAsync("adhoc-1", Token));
        Assert.Equal(cycle, await store.FindOpenCycleAsync("p1", Monday.AddHours(1), Token));
        Assert.Null(await store.FindOpenCycleAsync("p2", Monday.AddHours(1), Token));
        Assert.Null(await store.FindOpenCycleAsync("p1", Monday.AddDays(7), Token));
    }

    [Fact]
    public async Task The_team_cycle_that_closed_last_is_found_by_its_closing_time_and_never_an_open_or_ad_hoc_one()
    {
        var store = Store<ICheckInStore>();
        var monthly = new CheckInCycle("team-1-monthly", "team-1", Monday.AddDays(-40), Monday.AddDays(-5), IncludesPulse: true);
        var weekly = new CheckInCycle("team-1-weekly", "team-1", Monday.AddDays(-14), Monday.AddDays(-7), IncludesPulse: false);
        await store.SaveCycleAsync(monthly, Token);
        await store.SaveCycleAsync(weekly, Token);
        await store.SaveCycleAsync(new CheckInCycle("team-1-open", "team-1", Monday.AddDays(-5), Monday.AddDays(23), IncludesPulse: true), Token);
        await store.SaveCycleAsync(new CheckInCycle("adhoc-p1", "team-1", Monday.AddDays(-3), Monday.AddDays(-1), IncludesPulse: false) { OwnerPersonId = "p1" }, Token);
        await store.SaveCycleAsync(new CheckInCycle("team-2-weekly", "team-2", Monday.AddDays(-7), Monday.AddDays(-1), IncludesPulse: false), Token);

        Assert.Equal(monthly, await store.FindLastClosedTeamCycleAsync("team-1", Monday.AddDays(-42), Monday, Token));
        Assert.Equal(weekly, await store.FindLastClosedTeamCycleAsync("team-1", Monday.AddDays(-42), Monday.AddDays(-6), Token));
        Assert.Null(await store.FindLastClosedTeamCycleAsync("team-1", Monday.AddDays(-5), Monday, Token));
        Assert.Null(await store.FindLastClosedTeamCycleAsync("team-3", Monday.AddDays(-42), Monday, Token));
    }

    [Fact]
    public async Task A_team_s_cycles_are_its_scheduled_ones_opened_in_the_range_in_the_order_they_opened()
    {
        var store = Store<ICheckInStore>();
        var monday = new CheckInCycle("team:team-1:mon", "team-1", Monday, Monday.AddDays(7), IncludesPulse: true);
        var wednesday = monday with { CycleId = "team:team-1:wed", OpensAt = Monday.AddDays(2), ClosesAt = Monday.AddDays(9) };
        var friday = monday with { CycleId = "team:team-1:fri", OpensAt = Monday.AddDays(4), ClosesAt = Monday.AddDays(11) };
        await store.SaveCycleAsync(monday, Token);
        await store.SaveCycleAsync(friday, Token);
        await store.SaveCycleAsync(wednesday, Token);
        await store.SaveCycleAsync(monday with { CycleId = "team:team-2:tue", TeamId = "team-2", OpensAt = Monday.AddDays(1) }, Token);
        await store.SaveCycleAsync(new CheckInCycle("adhoc-1", "team-1", Monday.AddDays(1), Monday.AddDays(8), IncludesPulse: false) { OwnerPersonId = "p1" }, Token);

        Assert.Empty(await store.ListTeamCyclesAsync("team-1", Monday, Monday.AddDays(2).AddTicks(-1), Token));
        Assert.Equal([wednesday], await store.ListTeamCyclesAsync("team-1", Monday, Monday.AddDays(2), Token));
        Assert.Equal([wednesday, friday], await store.ListTeamCyclesAsync("team-1", Monday, Monday.AddDays(6), Token));
        Assert.Equal([monday, wednesday, friday], await store.ListTeamCyclesAsync("team-1", Monday.AddTicks(-1), Monday.AddDays(6), Token));
        Assert.Equal([friday], await store.ListTeamCyclesAsync("team-1", wednesday.OpensAt, Monday.AddDays(6), Token));
        Assert.Empty(await store.ListTeamCyclesAsync("team-1", friday.OpensAt, Monday.AddDays(6), Token));
    }

    private static string AwkwardId(int i) => (i % 5) switch
    {
        0 => $"29:o'brien-{i}",
        1 => $"29:p|{i}%2F/\"q\"",
        2 => $"29:zoë-{i}",
        3 => $"29:'{i}''",
        _ => $"8:orgid:{i:D4}",
    };

    private static CheckInAnswer Answer(string cycle, string person, string team, DateTimeOffset at) =>
        new(cycle, person, team, 3, null, null, false, null, new Dictionary<string, int>(), null, at);
}

/// <summary>The ICheckInStore contract on SQLite.</summary>
public sealed class CheckInStoreContractOnSqlite() : CheckInStoreContract(StoreBackend.Sqlite());

/// <summary>The ICheckInStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class CheckInStoreContractOnAzurite(Azurite azurite) : CheckInStoreContract(StoreBackend.Azure(azurite));
