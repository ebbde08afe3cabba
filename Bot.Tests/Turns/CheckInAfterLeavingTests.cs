using OutcomesBot.Bot.Tests.Dialogs.CheckIns;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 075, through the real host on SQLite: someone who left a team while its check-in was open is given a
/// check-in of their own, which counts for no team. Before, "checkin" and "Change my answer" opened the team's form
/// again, whose Send could only refuse, and its "Check in now" opened the same form: they could not check in at all.
/// </summary>
public sealed class CheckInAfterLeavingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_left_checks_in_for_themselves_only_and_gets_the_team_s_check_in_again_once_they_rejoin()
    {
        await using var bot = await StoryBot.CreateAsync();
        var teamCycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        var teams = bot.App.Get<ITeamStore>();
        var robin = await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        await teams.RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);

        var form = await bot.PressAsync(CheckInVerbs.Open, new Dictionary<string, string>(), StoryBot.RobinAad);
        var send = StoryBot.DataOf(form, "Send");
        foreach (var (key, value) in CheckInDialogTests.Weekly("3"))
        {
            send[key] = value;
        }

        var thanks = await bot.PressAsync(CheckInVerbs.Submit, send, StoryBot.RobinAad);

        Assert.Contains(CheckInDialog.LeftTeam, StoryBot.Text(form), StringComparison.Ordinal);
        Assert.NotEqual(teamCycle, send[CheckInVerbs.CycleKey]);
        Assert.Contains("Thank you", StoryBot.Text(thanks), StringComparison.Ordinal);
        var store = bot.App.Get<ICheckInStore>();
        var own = await store.GetAnswerAsync(send[CheckInVerbs.CycleKey], StoryBot.TeamsIdOf(StoryBot.RobinAad), Token);
        Assert.Equal((3, (string?)null), (own!.Confidence, own.TeamId));
        Assert.Equal(2, (await store.GetAnswerAsync(teamCycle, StoryBot.TeamsIdOf(StoryBot.RobinAad), Token))!.Confidence);

        await teams.UpsertMemberAsync(robin!, Token);
        var again = await bot.PressAsync(CheckInVerbs.Open, new Dictionary<string, string> { [CheckInVerbs.CycleKey] = teamCycle }, StoryBot.RobinAad);

        Assert.DoesNotContain(CheckInDialog.LeftTeam, StoryBot.Text(again), StringComparison.Ordinal);
        Assert.Equal(teamCycle, StoryBot.DataOf(again, "Send")[CheckInVerbs.CycleKey]);
    }
}
