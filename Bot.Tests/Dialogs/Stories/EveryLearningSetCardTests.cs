using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Dialogs.Stories;

/// <summary>Every card of an action-learning set passes the Adaptive Cards validator.</summary>
[Slow]
public sealed class EveryLearningSetCardTests
{
    [Fact]
    public async Task Every_learning_set_card_passes_the_Adaptive_Cards_validator()
    {
        var cards = await GatherAsync();

        await CardValidation.AssertValidAsync("learning", cards);
        // 11 of the champion and the channel, the "you're in a set" card each of the two members gets (decision 030), and
        // the champion's list of running sets to end (decision 080).
        Assert.Equal(14, cards.Count);
    }

    /// <summary>Every card of a learning set, shown or sent (also for <see cref="CardGallery"/>).</summary>
    internal static async Task<IReadOnlyList<System.Text.Json.JsonElement>> GatherAsync()
    {
        var token = TestContext.Current.CancellationToken;
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.SayAsync("learning set");
        await bot.SayAsync("learning set", StoryBot.RobinAad);
        var bad = LearningSetTurnTests.GoodSet(StoryBot.SamAad);
        await bot.PressAsync(LearningSetVerbs.Start, bad);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad));
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        await bot.SayAsync("learning set end");
        var runner = bot.App.Get<LearningRoundRunner>();
        await runner.RunAsync(set.SetId, set.FirstRoundAt, token);
        var empty = LearningSetTurnTests.Answer(set.SetId, 1, "");
        await bot.PressAsync(LearningSetVerbs.Answer, empty, StoryBot.SamAad, inChannel: true);
        await bot.PressAsync(LearningSetVerbs.Answer, LearningSetTurnTests.Answer(set.SetId, 1, "A challenge"), StoryBot.SamAad, inChannel: true);
        await runner.RunAsync(set.SetId, set.RoundAt(2), token);
        await runner.RunAsync(set.SetId, set.RoundAt(3), token);
        await bot.DrainAsync();
        return bot.Shown.Concat(bot.App.Connector.Sent.Where(s => s.Card is not null).Select(s => s.Card!.Value)).ToList();
    }
}
