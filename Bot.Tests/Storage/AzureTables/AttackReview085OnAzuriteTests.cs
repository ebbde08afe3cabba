using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 085 on Azure Tables, through the whole bot: a team id on the story-ask stop that is far longer than any Teams
/// gives, or holds a control character (a forged press), is refused before any request with the answer every card id no
/// key can hold gets, and nothing is stored. The team id would go into a point read's partition key, which the Table
/// service limits to 1 KiB (Azurite answers such a read as "not found"; the service may refuse it with a 400).
/// </summary>
[Slow]
public sealed class AttackReview085OnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_story_ask_stop_with_a_team_id_no_key_can_hold_is_refused_before_any_request_and_stores_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token));

        var longer = await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = new string('x', 5_000) }, StoryBot.AlexAad);
        var odd = await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team-id'/#?\u0001\u200B" }, StoryBot.AlexAad);
        // Characters a key may hold once escaped: read, found in no team, refused as any other team's id.
        var escaped = await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = "team-id'/#?\u200B" }, StoryBot.AlexAad);

        Assert.Equal(StorageFailures.BadKey(inSharedConversation: false), longer.GetString());
        Assert.Equal(StorageFailures.BadKey(inSharedConversation: false), odd.GetString());
        Assert.Equal(DigestCards.AskStopRefusedText, StoryBot.Text(escaped));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token));
    }
}
