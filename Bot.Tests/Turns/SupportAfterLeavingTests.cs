using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 074, through the real host on SQLite: the support picker offers the people of the check-in's team only to
/// someone still in that team. A member who asked for support and then left kept, on the old card, a picker of the
/// team's current roster (new joiners included), a name box that found anyone in it ("Did you mean" too), and a way to
/// send each of them a named request with their words.
/// </summary>
public sealed class SupportAfterLeavingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_left_the_team_is_offered_nobody_of_it_and_finds_nobody_by_name()
    {
        await using var bot = await LargeTeamPickerTests.LargeTeamAsync(60);
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);

        var picker = await bot.PressAsync(SupportVerbs.Choose, LargeTeamPickerTests.Cycle(cycle), StoryBot.RobinAad);
        var byLetter = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "c"), StoryBot.RobinAad);
        var misspelt = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "Zoe Martn"), StoryBot.RobinAad);

        foreach (var card in new[] { picker, byLetter, misspelt })
        {
            var text = StoryBot.Text(card);
            Assert.Contains(SupportDialog.NoLongerInTeam, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Alex Wilber", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Chris", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Zoë", text, StringComparison.Ordinal);
        }

        await LargeTeamPickerTests.AssertNothingSentAsync(bot);
    }

    [Fact]
    public async Task Someone_who_left_the_team_cannot_send_a_named_request_by_name_or_by_id_but_may_keep_it_anonymous()
    {
        await using var bot = await LargeTeamPickerTests.LargeTeamAsync(60);
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        var byId = LargeTeamPickerTests.Cycle(cycle, name: "");
        byId[SupportVerbs.ToKey] = StoryBot.AlexAad;

        var byName = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "zoe martin"), StoryBot.RobinAad);
        var picked = await bot.PressAsync(SupportVerbs.Ask, byId, StoryBot.RobinAad);
        var anonymous = LargeTeamPickerTests.Cycle(cycle);
        anonymous[SupportVerbs.ToKey] = SupportVerbs.Anonymous;
        var kept = await bot.PressAsync(SupportVerbs.Ask, anonymous, StoryBot.RobinAad);

        Assert.Contains(SupportDialog.NoLongerInTeam, StoryBot.Text(byName), StringComparison.Ordinal);
        Assert.Contains(SupportDialog.NoLongerInTeam, StoryBot.Text(picked), StringComparison.Ordinal);
        Assert.Contains("Kept anonymous", StoryBot.Text(kept), StringComparison.Ordinal);
        await LargeTeamPickerTests.AssertNothingSentAsync(bot);
    }
}
