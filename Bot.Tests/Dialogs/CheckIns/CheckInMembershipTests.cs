using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>An answer counts for a team only when its sender is in that team's roster (issue 12, point 1).</summary>
public sealed class CheckInMembershipTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_cycle_named_on_a_card_refuses_an_answer_from_someone_not_in_the_team()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: false, member: false);

        await bot.SendAsync(CheckInVerbs.Submit, new Dictionary<string, string>(CheckInDialogTests.Weekly()) { [CheckInVerbs.CycleKey] = cycle.CycleId });

        Assert.Contains(CheckInDialog.NotInTeam, bot.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.Empty(await bot.Store.ListAnswersAsync("team-1", cycle.OpensAt, cycle.ClosesAt, Token));
    }

    [Fact]
    public async Task A_member_who_left_the_team_answers_for_themselves_only_and_the_team_numbers_do_not_count_it()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var first = await bot.OpenTeamCycleAsync("team-1", pulse: false);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(first));
        await bot.PressAsync("Send", CheckInDialogTests.Weekly());
        await bot.Teams.SyncRosterAsync("team-1", [], Token);
        bot.Clock.Advance(TimeSpan.FromDays(8));

        await bot.SendAsync(CheckInVerbs.Open);
        await bot.PressAsync("Send", CheckInDialogTests.Weekly("2"));

        Assert.Contains("Thank you", bot.Text, StringComparison.Ordinal);
        var latest = await bot.Store.GetLatestAnswerAsync(bot.PersonId, Token);
        Assert.Equal((2, (string?)null), (latest!.Confidence, latest.TeamId));
        var teamAnswers = await bot.Store.ListAnswersAsync("team-1", CheckInDriver.Start, bot.Clock.GetUtcNow().AddDays(1), Token);
        Assert.Equal([4], teamAnswers.Select(a => a.Confidence));
    }
}
