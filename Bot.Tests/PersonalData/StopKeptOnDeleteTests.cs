using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Decision 079, through the real host on SQLite: "delete my data" no longer starts check-ins again for someone who
/// stopped them. The delete keeps a bare stop, and both delete cards say so; Resume check-ins ends it. Robin (staff)
/// stops check-ins, deletes their data, is put back in the roster (as the roster sync would) and writes to the bot; the
/// team's next check-in is fanned out.
/// </summary>
public sealed class StopKeptOnDeleteTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_stopped_check_ins_and_deleted_their_data_gets_no_check_in_after_writing_again()
    {
        await using var bot = await StoryBot.CreateAsync();
        await bot.PressAsync(CheckInVerbs.OptOut, new Dictionary<string, string>(), StoryBot.RobinAad);

        var (confirm, deleted) = await DeleteAsync(bot, StoryBot.RobinAad);
        await bot.SayAsync("hello", StoryBot.RobinAad);
        var cycle = await bot.OpenWeeklyCheckInAsync(TimeProvider.System.GetUtcNow(), "after-delete");

        Assert.False(await bot.CheckInQueuedAsync(cycle, StoryBot.RobinAad));
        Assert.True(await bot.CheckInQueuedAsync(cycle, StoryBot.SamAad));
        Assert.Contains("I keep one thing: " + CheckInStopKept.Words, StoryBot.Text(confirm), StringComparison.Ordinal);
        Assert.Contains("I kept one thing: " + CheckInStopKept.Words, StoryBot.Text(deleted), StringComparison.Ordinal);
        var kept = await bot.App.Get<ICheckInStore>().GetPreferencesAsync(StoryBot.TeamsIdOf(StoryBot.RobinAad), Token);
        Assert.Equal(new CheckInPreferences(kept.PersonId) { OptedOut = true, RemindersSent = kept.RemindersSent }, kept);
        Assert.Empty(kept.RemindersSent);
    }

    [Fact]
    public async Task Resume_after_the_delete_ends_the_kept_stop_and_the_next_check_in_comes()
    {
        await using var bot = await StoryBot.CreateAsync();
        await bot.PressAsync(CheckInVerbs.OptOut, new Dictionary<string, string>(), StoryBot.RobinAad);
        await DeleteAsync(bot, StoryBot.RobinAad);

        await bot.PressAsync(CheckInVerbs.Resume, new Dictionary<string, string>(), StoryBot.RobinAad);
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);
        var cycle = await bot.OpenWeeklyCheckInAsync(TimeProvider.System.GetUtcNow(), "after-resume");

        Assert.True(await bot.CheckInQueuedAsync(cycle, StoryBot.RobinAad));
        Assert.DoesNotContain("I keep one thing", StoryBot.Text(confirm), StringComparison.Ordinal);
    }

    /// <summary>A guard: someone who never stopped check-ins is told nothing is kept, and nothing is.</summary>
    [Fact]
    public async Task Someone_who_never_stopped_check_ins_keeps_nothing()
    {
        await using var bot = await StoryBot.CreateAsync();

        var (confirm, deleted) = await DeleteAsync(bot, StoryBot.RobinAad);

        Assert.DoesNotContain("I keep one thing", StoryBot.Text(confirm), StringComparison.Ordinal);
        Assert.DoesNotContain("I kept one thing", StoryBot.Text(deleted), StringComparison.Ordinal);
        var export = await bot.App.Get<PersonalDataControl>().ExportAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.RobinAad), Token);
        Assert.Null(export["sources"]!["checkIns"]);
    }

    // The delete removes the person's team membership too; the roster sync puts it back.
    private static async Task<(System.Text.Json.JsonElement Confirm, System.Text.Json.JsonElement Deleted)> DeleteAsync(StoryBot bot, string aad)
    {
        var teams = bot.App.Get<ITeamStore>();
        var member = await teams.GetMemberAsync(StoryBot.TeamId, aad, Token);
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), aad);
        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), aad);
        await teams.UpsertMemberAsync(member!, Token);
        return (confirm, deleted);
    }
}
