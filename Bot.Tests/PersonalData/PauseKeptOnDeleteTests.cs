using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;

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
        var during = await bot.OpenWeeklyCheckInAsync(_clock.GetUtcNow(), "during-pause");

        Assert.False(await bot.CheckInQueuedAsync(during, StoryBot.RobinAad));
        Assert.True(await bot.CheckInQueuedAsync(during, StoryBot.SamAad));
        var words = CheckInStopKept.PauseWords(CheckInStopKept.Day(until, "UTC"));
        Assert.Contains("I keep one thing: " + words, StoryBot.Text(confirm), StringComparison.Ordinal);
        Assert.Contains("I kept one thing: " + words, StoryBot.Text(deleted), StringComparison.Ordinal);
        var kept = await PreferencesAsync(bot);
        Assert.Equal((false, until, null, false, 0), (kept.OptedOut, kept.PausedUntil, kept.SnoozedUntil, kept.SavedExerciseRemindersOff, kept.RemindersSent.Count));

        _clock.Advance(until - _clock.GetUtcNow() + TimeSpan.FromHours(1));
        var after = await bot.OpenWeeklyCheckInAsync(_clock.GetUtcNow(), "after-pause");
        var confirmAfter = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);

        Assert.True(await bot.CheckInQueuedAsync(after, StoryBot.RobinAad));
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
        var cycle = await bot.OpenWeeklyCheckInAsync(_clock.GetUtcNow(), "after-resume");

        Assert.True(await bot.CheckInQueuedAsync(cycle, StoryBot.RobinAad));
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
}
