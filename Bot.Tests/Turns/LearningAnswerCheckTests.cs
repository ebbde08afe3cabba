using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A learning-set answer goes into the channel's round summary only after the identifying-details check and a preview,
/// and with its member's name only if they agreed (issue 12, point 3).
/// </summary>
public sealed class LearningAnswerCheckTests
{
    private const string Margaret = "Margaret Thompson (DOB 03/04/1941, 14 Acacia Avenue, EH12 9DN) wants to feel safe at home";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_answer_with_identifying_details_is_stopped_at_the_check_and_never_reaches_the_summary_unconfirmed()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await StartedSetAsync(bot);

        var check = await bot.PressAsync(LearningSetVerbs.Answer, LearningSetTurnTests.Answer(set.SetId, 1, Margaret), StoryBot.SamAad, inChannel: true);
        var skipped = await bot.PressAsync(LearningSetVerbs.SaveAnswer, LearningSetTurnTests.Answer(set.SetId, 1, Margaret), StoryBot.SamAad, inChannel: true);

        foreach (var card in new[] { check, skipped })
        {
            var text = StoryBot.Text(card);
            Assert.Contains("Some words look as if they could identify someone", text, StringComparison.Ordinal);
            Assert.Contains("\"EH12 9DN\" looks like", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Saved.", text, StringComparison.Ordinal);
        }

        Assert.Empty(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
        await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();
        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("what the set shared", StringComparison.Ordinal));
        Assert.DoesNotContain("Margaret", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("Nobody answered this round", summary.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_names_only_members_who_agreed_and_shows_what_they_wrote_as_plain_text()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await StartedSetAsync(bot);
        var robin = LearningSetTurnTests.Answer(set.SetId, 1, "**Loud** <i>risk</i>");
        robin["showName"] = "false";

        var preview = await bot.PressAsync(LearningSetVerbs.Answer, robin, StoryBot.RobinAad, inChannel: true);
        Assert.Contains("Preview:", StoryBot.Text(preview), StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Cole", StoryBot.Text(preview), StringComparison.Ordinal);
        await bot.PressAsync(LearningSetVerbs.SaveAnswer, StoryBot.DataOf(preview, "Save my answer"), StoryBot.RobinAad, inChannel: true);
        await LearningSetTurnTests.AnswerAndSaveAsync(bot, LearningSetTurnTests.Answer(set.SetId, 1, "Sam's challenge"), StoryBot.SamAad);
        await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();

        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("what the set shared", StringComparison.Ordinal)).CardText;
        Assert.Contains("Sam Baker", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Cole", summary, StringComparison.Ordinal);
        Assert.Contains("A member", summary, StringComparison.Ordinal);
        Assert.Contains(@"\*\*Loud\*\* \<i>risk\</i>", summary, StringComparison.Ordinal);
    }

    private static async Task<LearningSet> StartedSetAsync(StoryBot bot)
    {
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.FirstRoundAt, Token);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();
        return set;
    }
}
