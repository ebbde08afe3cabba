using System.Text.Json;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Ids from card data are checked before they become Azure table keys, and a storage error gives the person a clear
/// answer, not a 500 (issue 12, point 9). The whole bot on Azurite, pressing "Celebrate" in the channel.
/// </summary>
[Slow]
public sealed class CardIdsOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2_000, 'a')]
    [InlineData(10, '\u0001')]
    public async Task A_card_id_no_key_can_hold_gets_a_clear_answer_before_any_request(int length, char filler)
    {
        await using var bot = await StoryBot.CreateAsync(settings: await azurite.StorageSettingsAsync("keys", Token));
        var storyId = "s" + new string(filler, length);

        var answer = await bot.PressAsync(StoryVerbs.Celebrate, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId }, StoryBot.SamAad, inChannel: true);

        Assert.Equal(JsonValueKind.String, answer.ValueKind);
        Assert.Equal(StorageFailures.BadKey(inSharedConversation: true), answer.GetString());
        Assert.Contains("@mention me", answer.GetString(), StringComparison.Ordinal);
        // Teams shows an invoke's message as a plain pop-up: bold marks would show as typed.
        Assert.DoesNotContain("*", answer.GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("*", StorageFailures.BadKey(inSharedConversation: false), StringComparison.Ordinal);
        Assert.False(AzureKeyPart.IsValid(storyId));
    }

    [Fact]
    public async Task A_storage_error_during_a_turn_gives_a_clear_answer_not_a_500()
    {
        await using var bot = await StoryBot.CreateAsync(settings: await azurite.StorageSettingsAsync("gone", Token));
        // Every turn records its conversation first: with that table gone, the first write of the turn fails.
        await bot.App.Get<AzureTableSet>()[AzureConversationStore.TableName].Client.DeleteAsync(Token);

        var answer = await bot.PressAsync(StoryVerbs.Celebrate, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = Guid.NewGuid().ToString("N") }, StoryBot.SamAad, inChannel: true);

        Assert.Equal(StorageFailures.Unavailable, answer.GetString());
    }
}
