using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 074, through the real host on SQLite: a member of an action-learning set who has left its team can no longer
/// put words in the round summary posted in that team's channel (the set keeps them as a member, so before this their
/// welcome card's button still answered every round). What they saved while in the team stays theirs to take back.
/// </summary>
public sealed class LearningSetAfterLeavingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_set_member_who_left_the_team_cannot_answer_a_round_but_can_still_withdraw_their_earlier_answer()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.FirstRoundAt, Token);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Written while in the team"), StoryBot.RobinAad);
        await bot.App.Get<ITeamStore>().RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        var later = LearningSetTurnTests.Answer(set.SetId, 1, "Written after leaving");
        later[LearningAnswerDraft.DetailsCheckedKey] = "true";

        var check = await bot.PressAsync(LearningSetVerbs.Answer, later, StoryBot.RobinAad);
        var save = await bot.PressAsync(LearningSetVerbs.SaveAnswer, later, StoryBot.RobinAad);

        Assert.Equal(LearningSetDialog.NoLongerInTeam, Said(check));
        Assert.Equal(LearningSetDialog.NoLongerInTeam, Said(save));
        var kept = Assert.Single(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
        Assert.Equal("Written while in the team", kept.Challenge);

        var withdrawn = await bot.PressAsync(LearningSetVerbs.WithdrawAnswer,
            new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = set.SetId, [LearningAnswerDraft.RoundKey] = "1" }, StoryBot.RobinAad);

        Assert.Contains("is withdrawn", withdrawn.GetString(), StringComparison.Ordinal);
        Assert.Empty(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
    }

    [Fact]
    public async Task A_round_summary_counts_the_members_still_in_the_team_and_counts_a_member_again_once_they_rejoin()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        var runner = bot.App.Get<LearningRoundRunner>();
        var teams = bot.App.Get<ITeamStore>();
        await runner.RunAsync(set.SetId, set.FirstRoundAt, Token);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Sam's challenge"), StoryBot.SamAad);
        var robin = await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);
        await teams.RemoveMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token);

        await runner.RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();

        var first = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Contains("1 of 1 members answered", first.CardText, StringComparison.Ordinal);

        await teams.UpsertMemberAsync(robin!, Token);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 2, "Robin's challenge"), StoryBot.RobinAad);
        await runner.RunAsync(set.SetId, set.RoundAt(3), Token);
        await bot.DrainAsync();

        var second = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Contains("Robin's challenge", second.CardText, StringComparison.Ordinal);
        Assert.Contains("1 of 2 members answered", second.CardText, StringComparison.Ordinal);
    }

    // The answer's message, or the text of the card that came instead (the preview, before this record).
    private static string? Said(JsonElement answer) => answer.ValueKind == JsonValueKind.String ? answer.GetString() : StoryBot.Text(answer);
}
