using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 090 on Azurite: an outbox left by a bot from before 090 (a digest and a round summary waiting with their
/// cards, a "champion is back" card waiting unstamped; the repair's done mark taken away) is repaired once at start-up,
/// as SQLite's migration does: the digest and summary hold the name-free marker, and the champion's delete takes the
/// card that names them. What is left is read raw, every entity of the outbox table.
/// </summary>
[Slow]
public sealed class OutboxAtRestRepairOnAzuriteTests(Azurite azurite)
{
    private const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Shared by Sam Baker"}]}""";
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Waiting_digests_and_summaries_lose_their_cards_and_a_champion_is_back_card_goes_with_the_champions_delete()
    {
        await using var backend = StoreBackend.Azure(azurite);
        await backend.StartAsync(Token);
        var services = backend.Build(TimeProvider.System, null);
        var outbox = services.GetRequiredService<IOutboxStore>();
        OutboxMessage[] old =
        [
            OutboxMessage.ForChannel("digest:team-1:1", "19:general", null, "t", "story-digest", Card, Start),
            OutboxMessage.ForChannel("learning:set-1:1", "19:general", null, "t", "learning-summary", Card, Start),
            OutboxMessage.Create("told-champion-back:team-1:aad-sam", "29:leader", "t", "champion-back", Card, Start),
            OutboxMessage.Create("c", "29:robin", "t", "checkin", Card, Start),
        ];
        await outbox.EnqueueAsync(old, Token);
        Assert.True(await services.GetRequiredService<AzureTableSet>()[AzureReachability.TableName].TryAsync(
            AzureWrite.DeleteAny(AzureBlockedChatsRepair.DonePartition, AzureOutboxAtRestRepair.DoneRow), Token));

        var repair = services.GetRequiredService<AzureOutboxAtRestRepair>();
        Assert.Equal(3, await repair.RunOnceAsync(Token));
        Assert.Equal(0, await repair.RunOnceAsync(Token));

        Assert.Equal(CardBuiltAtSend.For("story-digest"), (await outbox.FindAsync(old[0].IdempotencyKey, Token))!.CardJson);
        Assert.Equal(CardBuiltAtSend.For("learning-summary"), (await outbox.FindAsync(old[1].IdempotencyKey, Token))!.CardJson);
        Assert.Equal(["champion-back", "checkin"], await KindsHoldingAsync(services, "Sam Baker"));

        await services.GetServices<IPersonalDataSource>().Single(source => source.Name == "outbox").DeleteAsync(new PersonIdentity("29:sam", "AAD-SAM"), Token);

        Assert.Equal(["checkin"], await KindsHoldingAsync(services, "Sam Baker"));
        Assert.Equal(OutboxStatus.Pending, (await outbox.FindAsync(old[0].IdempotencyKey, Token))?.Status);
    }

    // The kinds of the outbox's message rows that hold the text anywhere, read raw.
    private static async Task<List<string>> KindsHoldingAsync(IServiceProvider services, string text) =>
        (await AzureTableScan.AllAsync(services, Token))
            .Where(row => row.Table.EndsWith(AzureOutboxStore.TableName, StringComparison.Ordinal) && row.Entity.RowKey.StartsWith("m|", StringComparison.Ordinal)
                && AzureTableScan.Mentions(row.Entity, [text]))
            .Select(row => AzureData.Read<OutboxMessage>(row.Entity).Kind)
            .Order(StringComparer.Ordinal)
            .ToList();
}
