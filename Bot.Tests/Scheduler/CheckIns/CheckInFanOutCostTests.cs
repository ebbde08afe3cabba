using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>
/// Decision 088: when a team's check-in starts, the fan-out read each member's preferences with a store call of its own
/// (065 measured it and left it: 10,000 reads for a team of 10,000). They are read a hundred people at a time, with
/// 083's batch read, and who gets the check-in, and when, is decided as before. Through the real host on SQLite with a
/// manual clock, the check-in store's calls counted; the fan-out is run as the cycle job runs it. Decision 092: the
/// members' people, read one a member after 088, are read a hundred at a time too (the person store's calls counted).
/// </summary>
public sealed class CheckInFanOutCostTests
{
    // Monday 30 November 2026, 09:00 in London (UTC in winter): the team's weekly slot.
    private static readonly DateTimeOffset Slot = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_s_check_in_reads_its_members_preferences_a_hundred_at_a_time_and_reaches_the_same_people_at_the_same_times()
    {
        var calls = new StoreCallCounts();
        var (made, colleagues) = await FannedOutAsync(services => services.CountCalls<ICheckInStore>(calls), calls);
        await using var bot = made;

        // Everyone on the roster but the one who stopped, the one paused past the cycle's close, the leaver and the one
        // never met; the short pause and the snooze move theirs, as a zone does.
        var due = await CheckInsDueAsync(bot);
        string[] everyone = ["user-id-0", "user-id-1", "user-id-2", .. colleagues.Where((_, i) => i is not (10 or 120 or 150 or 296))];
        Assert.Equal(everyone.Order(StringComparer.Ordinal), due.Keys);
        Assert.Equal(Slot.AddDays(1).AddHours(1.25), due[colleagues[130]]); // Tuesday 10:15, when the short pause ends
        Assert.Equal(Slot.AddDays(1).AddHours(-1), due[colleagues[240]]); // the snooze ends at 21:00, in quiet hours: Tuesday 08:00
        Assert.Equal(Slot.AddHours(5), due[colleagues[50]]); // 09:00 in New York
        string[] moved = [colleagues[50], colleagues[130], colleagues[240]];
        Assert.All(due.Where(pair => !moved.Contains(pair.Key)), pair => Assert.Equal(Slot, pair.Value));

        // 298 people to write to (300 on the roster, one gone, one never met): three reads of their preferences, one a
        // hundred. Before, one read each: 298 (the assertions above passed then too).
        Assert.Equal(3, calls.ByMethod["CheckInStore.GetPreferences"]);
    }

    [Fact]
    public async Task A_team_s_check_in_reads_its_members_people_a_hundred_at_a_time_and_finds_each_as_before()
    {
        var calls = new StoreCallCounts();
        var (made, colleagues) = await FannedOutAsync(services => services.CountCalls<IPersonStore>(calls), calls);
        await using var bot = made;

        // The one in New York was found with their zone; the one known by AAD id alone was looked for and not found.
        var due = await CheckInsDueAsync(bot);
        Assert.Equal(Slot.AddHours(5), due[colleagues[50]]);
        Assert.Equal(296, due.Count);

        // 299 members on the roster: 298 with a Teams id, read a hundred a call (3), and the one with none found by their
        // AAD id (1). Before, a read a member: 298 and 1.
        Assert.Equal(0, calls.ByMethod.GetValueOrDefault("PersonStore.Get"));
        Assert.Equal(3, calls.ByMethod["PersonStore.GetMany"]);
        Assert.Equal(1, calls.ByMethod["PersonStore.FindByAadObjectId"]);
    }

    // StoryBot's three and 297 colleagues, one of them known only by an AAD id the bot never met (no one to write to); one
    // who stopped check-ins, two paused, one snoozed, one in New York, one who left. The fan-out runs with the calls counted
    // from its start, and queues 296 check-ins.
    private static async Task<(StoryBot Bot, List<string> Colleagues)> FannedOutAsync(Action<IServiceCollection> count, StoreCallCounts calls)
    {
        var clock = new ManualTimeProvider(Slot.AddHours(-1));
        var bot = await StoryBot.CreateAsync(configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            StoryBot.NoBackgroundDrain(services);
            count(services);
        });

        var colleagues = Enumerable.Range(0, 297).Select(Colleague).ToList();
        await SeedAsync(bot, colleagues, clock.GetUtcNow());
        var checkIns = bot.App.Get<ICheckInStore>();
        await checkIns.SavePreferencesAsync(new CheckInPreferences(colleagues[10]) { OptedOut = true }, Token);
        await checkIns.SavePreferencesAsync(new CheckInPreferences(colleagues[120]) { PausedUntil = Slot.AddDays(20) }, Token);
        await checkIns.SavePreferencesAsync(new CheckInPreferences(colleagues[130]) { PausedUntil = Slot.AddDays(1).AddHours(1.25) }, Token);
        await checkIns.SavePreferencesAsync(new CheckInPreferences(colleagues[240]) { SnoozedUntil = Slot.AddHours(12) }, Token);

        // A colleague leaves the team before it starts: Teams says so, and the bot takes them off the roster.
        using var left = await bot.App.PostActivityAsync(MemberRemoved(colleagues[150]));
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);

        calls.Reset();
        Assert.Equal(296, await bot.App.Get<CheckInFanOut>().OpenCycleAsync(StoryBot.TeamId, Slot, Slot.AddDays(7), "fan-out-cost", Token));
        return (bot, colleagues);
    }

    private static string Colleague(int i) => "29:colleague-" + i.ToString("D3", CultureInfo.InvariantCulture);

    // The colleagues join the roster with their Teams ids (the team's zone is theirs), one in New York has met the bot in
    // a 1:1 chat there, and the last is on the roster by their AAD id alone, as Graph gives a member the bot never met.
    private static async Task SeedAsync(StoryBot bot, List<string> colleagues, DateTimeOffset now)
    {
        var teams = bot.App.Get<ITeamStore>();
        await bot.App.Get<IPersonStore>().UpsertAsync(
            new Person { TeamsUserId = colleagues[50], AadObjectId = "aad-" + colleagues[50], TimeZone = "America/New_York", FirstSeenAt = now, LastSeenAt = now }, Token);
        List<TeamMember> roster =
        [
            .. await teams.ListMembersAsync(StoryBot.TeamId, Token),
            .. colleagues.SkipLast(1).Select(id => new TeamMember { TeamId = StoryBot.TeamId, AadObjectId = "aad-" + id, TeamsUserId = id, Name = id, UpdatedAt = now }),
            new TeamMember { TeamId = StoryBot.TeamId, AadObjectId = "aad-" + colleagues[^1], Name = colleagues[^1], UpdatedAt = now },
        ];
        await teams.SyncRosterAsync(StoryBot.TeamId, roster, Token);
        await bot.App.Get<ITeamRhythmStore>().SaveAsync(
            new CheckInSchedule(StoryBot.TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), StoryBot.AlexAad, now, Token);
    }

    // The team's check-ins in the outbox: to whom, and when each is due.
    private static async Task<SortedDictionary<string, DateTimeOffset>> CheckInsDueAsync(StoryBot bot)
    {
        var rows = await bot.App.Get<SqliteDatabase>().QueryListAsync(
            "SELECT recipient_id, next_attempt_at FROM outbox WHERE kind = $kind;",
            command => command.Parameters.AddWithValue("$kind", CheckInMessages.CheckInKind),
            reader => (reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture)),
            Token);
        return new SortedDictionary<string, DateTimeOffset>(rows.ToDictionary(row => row.Item1, row => row.Item2), StringComparer.Ordinal);
    }

    private static JsonObject MemberRemoved(string teamsUserId)
    {
        var update = Samples.Fresh("conversationUpdate-channel");
        update.Remove("membersAdded");
        update["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = teamsUserId, ["aadObjectId"] = "aad-" + teamsUserId });
        update["channelData"]!["eventType"] = "teamMemberRemoved";
        return update;
    }
}
