using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 085 on Azure Tables, through the whole bot: a team id on the story-ask stop that is far longer than any Teams
/// gives (a forged press) is answered with the refusal card and stores nothing. The team id goes into a point read's
/// partition key, which the Table service limits to 1 KiB.
/// </summary>
[Slow]
public sealed class AttackReview085OnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_story_ask_stop_with_an_over_long_or_odd_team_id_is_refused_with_a_card_and_stores_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token));

        var longer = await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = new string('x', 5_000) }, StoryBot.AlexAad);
        var odd = await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team-id'/#?\u0001\u200B" }, StoryBot.AlexAad);

        Assert.Equal(DigestCards.AskStopRefusedText, StoryBot.Text(longer));
        Assert.Equal(DigestCards.AskStopRefusedText, StoryBot.Text(odd));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token));
    }
}
