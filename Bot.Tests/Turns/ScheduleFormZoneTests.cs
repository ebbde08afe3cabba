using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Issue 13 point 2: the rhythm and learning-set forms take a time from Input.Time and a zone from a list with the
/// tenant's usual zones first and the leader's own zone (Teams' localTimezone) as the default; a set uses its team's zone.
/// </summary>
public sealed class ScheduleFormZoneTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rhythm_form_offers_a_time_picker_and_the_tenants_zones_with_the_leaders_own_as_default()
    {
        using var app = new BotAppFactory();
        await app.AddSampleSenderTeamAsync("team-1", "Day service", owner: true);
        var people = app.Get<IPersonStore>();
        foreach (var (id, tenant, personZone) in new[] { ("a", "tenant-1", "Europe/Dublin"), ("b", "tenant-1", "Europe/Dublin"), ("c", "tenant-1", "Asia/Kolkata"), ("d", "other", "Pacific/Fiji"), ("e", "other", "Pacific/Fiji") })
        {
            await people.UpsertAsync(new Person { TeamsUserId = "29:" + id, TenantId = tenant, TimeZone = personZone, LastSeenAt = TimeProvider.System.GetUtcNow() }, Token);
        }

        var form = await app.InvokeCardAsync(TeamRhythmVerbs.Open, []);

        var inputs = form.GetProperty("body").EnumerateArray().Where(e => e.TryGetProperty("id", out _)).ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(("Input.Time", "10:00"), (inputs[TeamRhythmVerbs.TimeKey].GetProperty("type").GetString(), inputs[TeamRhythmVerbs.TimeKey].GetProperty("value").GetString()));
        var zone = inputs[TeamRhythmVerbs.ZoneKey];
        Assert.Equal(("Input.ChoiceSet", "UTC"), (zone.GetProperty("type").GetString(), zone.GetProperty("value").GetString()));
        var offered = zone.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(["UTC", "Europe/Dublin", "Asia/Kolkata", "Europe/London"], offered.Take(4));
        Assert.DoesNotContain("Pacific/Fiji", offered);
    }

    [Fact]
    public async Task A_learning_set_starts_in_its_teams_zone_and_runs_in_the_zone_chosen()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.App.Get<ITeamRhythmStore>().SaveAsync(new CheckInSchedule(StoryBot.TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), StoryBot.AlexAad, TimeProvider.System.GetUtcNow(), Token);

        await bot.SayAsync("learning set", inChannel: true);
        var form = Assert.Single(bot.App.Connector.Sent, s => s.Card is not null).Card!.Value;
        var zone = form.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == LearningSetDraft.ZoneKey);
        Assert.Equal("America/New_York", zone.GetProperty("value").GetString());
        Assert.Equal("Input.Time", form.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == LearningSetDraft.TimeKey).GetProperty("type").GetString());

        var values = LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad);
        values[LearningSetDraft.ZoneKey] = "America/New_York";
        await bot.PressAsync(LearningSetVerbs.Start, values, inChannel: true);

        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        Assert.Equal("America/New_York", set.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(set.FirstRoundAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal((DayOfWeek.Tuesday, 14), (local.DayOfWeek, local.Hour));
    }
}
