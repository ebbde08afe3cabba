using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 084, the whole bot on Azurite: someone Teams refused as blocked before decision 079 has a reachability mark
/// and a 1:1 chat still recorded installed. The one-time repair at start-up records the chat removed, so their next
/// message brings them back, as it does on SQLite (079's migration). The state is made with the first host, with the
/// repair's done mark taken away, as a bot from before this change left it; the second host is the upgrade.
/// </summary>
[Slow]
public sealed class BlockedBefore079OnAzuriteTests(Azurite azurite)
{
    private const string Person = "user-id-0";
    private const string Chat = "9d04fb34-e1ad-4a99-88e9-9178312c341a";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_marked_blocked_before_079_is_reachable_again_after_writing_to_the_upgraded_bot()
    {
        var settings = await OldBotLeftThemMarkedAsync();
        using var upgraded = new BotAppFactory(settings);

        var chat = await upgraded.Get<IConversationStore>().GetAsync(Chat, Token);
        await upgraded.PostActivityAsync(Hello());

        Assert.False(chat!.IsInstalled);
        Assert.False(await upgraded.Get<IReachability>().IsUnreachableAsync(Person, Token));
        Assert.True((await upgraded.Get<IConversationStore>().GetAsync(Chat, Token))!.IsInstalled);
    }

    // Marked done, it runs once; run again from scratch by two instances at once, the chat is changed once and stays removed.
    [Fact]
    public async Task The_repair_runs_once_and_two_runs_at_once_change_the_chat_once()
    {
        var settings = await OldBotLeftThemMarkedAsync();
        using var upgraded = new BotAppFactory(settings);
        var repair = upgraded.Get<AzureBlockedChatsRepair>();
        var reachability = upgraded.Get<IReachability>();
        var conversations = upgraded.Get<IConversationStore>();
        Assert.False((await conversations.GetAsync(Chat, Token))!.IsInstalled);

        await upgraded.PostActivityAsync(Hello());
        await reachability.MarkUnreachableAsync(Person, "ConversationBlockedByUser", TimeProvider.System.GetUtcNow(), Token);
        var again = await repair.RunOnceAsync(Token);
        var stillInstalled = (await conversations.GetAsync(Chat, Token))!.IsInstalled;
        await RemoveDoneMarkAsync(upgraded);
        var both = await Task.WhenAll(repair.RunOnceAsync(Token), repair.RunOnceAsync(Token));

        Assert.Equal(0, again);
        Assert.True(stillInstalled);
        Assert.Equal(1, both.Sum());
        Assert.False((await conversations.GetAsync(Chat, Token))!.IsInstalled);
        Assert.Equal(0, await repair.RunOnceAsync(Token));
    }

    // The state a bot from before decision 079 left: the person wrote (chat installed), then Teams refused a send as blocked.
    private async Task<Dictionary<string, string?>> OldBotLeftThemMarkedAsync()
    {
        var settings = await azurite.StorageSettingsAsync("blocked", Token);
        using var old = new BotAppFactory(settings);
        await old.PostActivityAsync(Hello());
        await old.Get<IReachability>().MarkUnreachableAsync(Person, "ConversationBlockedByUser", TimeProvider.System.GetUtcNow(), Token);
        await RemoveDoneMarkAsync(old);
        Assert.True((await old.Get<IConversationStore>().GetAsync(Chat, Token))!.IsInstalled);
        return settings;
    }

    private static Task<bool> RemoveDoneMarkAsync(BotAppFactory app) =>
        app.Get<AzureTableSet>()[AzureReachability.TableName].TryAsync(AzureWrite.DeleteAny(AzureBlockedChatsRepair.DonePartition, AzureBlockedChatsRepair.DoneRow), Token);

    private static System.Text.Json.Nodes.JsonObject Hello()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "hello";
        return message;
    }
}
