using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Decision 084, through the real host on SQLite with a manual clock: a "Pause for 4 weeks" outlives "delete my data"
/// as the pause's end alone, both delete cards say so, and it holds until the pause ends or Resume ends it. Robin
/// (staff) pauses, deletes their data, is put back in the roster (as the roster sync would) and writes to the bot; the
/// team's next check-in is fanned out.
/// </summary>
public sealed class PauseKeptOnDeleteTests
{
    private readonly ManualTimeProvider _clock = new(TimeProvider.System.GetUtcNow());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_paused_and_deleted_their_data_gets_no_check_in_until_the_pause_ends()
    {
        await using var bot = await CreateAsync();
        await bot.PressAsync(CheckInVerbs.Pause, new Dictionary<string, string>(), StoryBot.RobinAad);
        var until = (await PreferencesAsync(bot)).PausedUntil!.Value;

        var (confirm, deleted) = await DeleteAsync(bot);
        await bot.SayAsync("hello", StoryBot.RobinAad);
        var during = await FanOutAsync(bot, "during-pause");

        Assert.False(await QueuedAsync(bot, during, StoryBot.RobinAad));
        Assert.True(await QueuedAsync(bot, during, StoryBot.SamAad));
        var words = CheckInStopKept.PauseWords(CheckInStopKept.Day(until, "UTC"));
        Assert.Contains("I keep one thing: " + words, StoryBot.Text(confirm), StringComparison.Ordinal);
        Assert.Contains("I kept one thing: " + words, StoryBot.Text(deleted), StringComparison.Ordinal);
        var kept = await PreferencesAsync(bot);
        Assert.Equal((false, until, null, false, 0), (kept.OptedOut, kept.PausedUntil, kept.SnoozedUntil, kept.SavedExerciseRemindersOff, kept.RemindersSent.Count));

        _clock.Advance(until - _clock.GetUtcNow() + TimeSpan.FromHours(1));
        var after = await FanOutAsync(bot, "after-pause");
        var confirmAfter = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);

        Assert.True(await QueuedAsync(bot, after, StoryBot.RobinAad));
        Assert.DoesNotContain("I keep one thing", StoryBot.Text(confirmAfter), StringComparison.Ordinal);
    }

    /// <summary>A guard: Resume after the delete ends the kept pause at once.</summary>
    [Fact]
    public async Task Resume_after_the_delete_ends_the_kept_pause_and_the_next_check_in_comes()
    {
        await using var bot = await CreateAsync();
        await bot.PressAsync(CheckInVerbs.Pause, new Dictionary<string, string>(), StoryBot.RobinAad);
        await DeleteAsync(bot);

        await bot.PressAsync(CheckInVerbs.Resume, new Dictionary<string, string>(), StoryBot.RobinAad);
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);
        var cycle = await FanOutAsync(bot, "after-resume");

        Assert.True(await QueuedAsync(bot, cycle, StoryBot.RobinAad));
        Assert.DoesNotContain("I keep one thing", StoryBot.Text(confirm), StringComparison.Ordinal);
    }

    private Task<StoryBot> CreateAsync() => StoryBot.CreateAsync(configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    private static Task<CheckInPreferences> PreferencesAsync(StoryBot bot) =>
        bot.App.Get<ICheckInStore>().GetPreferencesAsync(StoryBot.TeamsIdOf(StoryBot.RobinAad), Token);

    // The delete removes Robin's team membership too; the roster sync puts it back.
    private static async Task<(System.Text.Json.JsonElement Confirm, System.Text.Json.JsonElement Deleted)> DeleteAsync(StoryBot bot)
    {
        var teams = bot.App.Get<ITeamStore>();
        var member = await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);
        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.RobinAad);
        await teams.UpsertMemberAsync(member!, Token);
        return (confirm, deleted);
    }

    // A weekly cycle that closes in seven days, well inside the four weeks.
    private async Task<string> FanOutAsync(StoryBot bot, string key)
    {
        var now = _clock.GetUtcNow();
        var schedule = new CheckInSchedule(StoryBot.TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 30), "Europe/London");
        await bot.App.Get<ITeamRhythmStore>().SaveAsync(schedule, StoryBot.AlexAad, now, Token);
        var slot = now.AddHours(1);
        await bot.App.Get<CheckInFanOut>().OpenCycleAsync(StoryBot.TeamId, slot, slot.AddDays(7), key, Token);
        return CheckInMessages.CycleId(StoryBot.TeamId, slot, key);
    }

    private static async Task<bool> QueuedAsync(StoryBot bot, string cycleId, string aad) =>
        await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(cycleId, StoryBot.TeamsIdOf(aad), CheckInMessages.CheckInKind), Token) is not null;
}
