using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Dialogs.Stories;

/// <summary>Walks a story through every card it can show and has the Adaptive Cards validator check them.</summary>
[Slow]
public sealed class EveryStoryCardTests
{
    [Fact]
    public async Task Every_story_card_passes_the_Adaptive_Cards_validator()
    {
        var cards = await GatherAsync();

        await CardValidation.AssertValidAsync("story", cards);
        Assert.Equal(8, cards.Count);
    }

    /// <summary>Every card of a story, shown or sent (also for <see cref="CardGallery"/>).</summary>
    internal static async Task<IReadOnlyList<System.Text.Json.JsonElement>> GatherAsync()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        await bot.PressAsync(StoryVerbs.Compose, new Dictionary<string, string>());
        var bad = StoryTurnTests.GoodStory();
        bad["kinds"] = "";
        await bot.PressAsync(StoryVerbs.Check, bad);
        var identifying = StoryTurnTests.GoodStory();
        identifying["mattered"] = "Margaret Thompson at 14 Acacia Avenue, EH12 9DN, wanted her garden back.";
        await bot.PressAsync(StoryVerbs.Check, identifying);
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory());
        await bot.PressAsync(StoryVerbs.Post, StoryBot.DataOf(preview, "Post"));
        await bot.PressAsync(StoryVerbs.Celebrate, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = StoryBot.DataOf(preview, "Post")[StoryDraft.StoryIdKey] }, StoryBot.SamAad, inChannel: true);
        await bot.PressAsync(StoryVerbs.Compose, new Dictionary<string, string>(), StoryBot.RobinAad);
        await bot.DrainAsync();
        return bot.Shown.Concat(bot.App.Connector.Sent.Where(s => s.Card is not null).Select(s => s.Card!.Value)).ToList();
    }
}
