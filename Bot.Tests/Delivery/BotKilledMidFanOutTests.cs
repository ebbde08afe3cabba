using System.Globalization;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// The bot as a child process is killed (SIGKILL) in the middle of a fan-out and started again on the same data
/// folder. The fake connector, in this process, holds every accepted request for a while before answering, so some
/// messages have reached people when the bot dies without knowing it. See docs/decisions/015.
/// </summary>
[Slow]
public sealed class BotKilledMidFanOutTests
{
    private const int People = 400;
    private const int TenantRate = 100;
    private const int MaxParallelSends = 8;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Nobody_is_missed_and_nobody_gets_two_when_the_bot_is_killed_mid_fan_out()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await TeamsLimitsConnector.StartAsync(TenantRate, token);
        connector.Latency = TimeSpan.FromMilliseconds(30);
        connector.HonourClientActivityIds = true;

        // The cycle is put in the outbox through the port the check-in cycle job uses (IOutboxStore.EnqueueAsync).
        await using var harness = await DeliveryHarness.CreateAsync(connector, People, token);
        Assert.Equal(People, await harness.EnqueueCycleAsync("cycle-1", People, token));

        using (var first = BotProcess.Start(Settings(harness.Sqlite.Folder)))
        {
            await WaitAsync(connector.DeliveredAtLeastAsync(People / 3, token), first);
            first.Kill();
        }

        var atKill = await harness.Outbox.CountAsync("cycle-1", token);
        Assert.True(atKill.Sent < People && atKill.Sending > 0, $"the kill came too late to test anything: {atKill}");

        using (var second = BotProcess.Start(Settings(harness.Sqlite.Folder)))
        {
            await WaitAsync(AllSentAsync(harness, token), second);
        }

        Assert.All(Enumerable.Range(0, People), person =>
            Assert.Equal(1, connector.DeliveredPerConversation.GetValueOrDefault(DeliveryHarness.ConversationOf(person))));
        Assert.Equal(People, connector.TotalDelivered);

        // The resends of messages that were in flight when the bot died: at most one per parallel send, each
        // recognised by its client activity id. Against Teams these would be the duplicates (decision 015).
        Assert.InRange(connector.DuplicatesAbsorbed, 0, MaxParallelSends);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"delivered before the kill: {atKill.Sent} recorded Sent, {atKill.Sending} Sending; in-flight resends absorbed: {connector.DuplicatesAbsorbed}");
    }

    private static Dictionary<string, string> Settings(string dataDirectory) => new()
    {
        ["Storage__DataDirectory"] = dataDirectory,
        // Production environment, no MicrosoftAppId: local mode must be allowed by name (the fake connector is on loopback).
        ["BotAuthentication__AllowUnauthenticatedLocalMode"] = "true",
        ["Delivery__TenantRatePerSecond"] = TenantRate.ToString(CultureInfo.InvariantCulture),
        ["Delivery__MaxParallelSends"] = MaxParallelSends.ToString(CultureInfo.InvariantCulture),
        ["Delivery__ClaimBatchSize"] = "32",
        ["Delivery__Lease"] = "00:00:04",
        ["Delivery__IdlePoll"] = "00:00:00.200",
        ["Delivery__DrainInterval"] = "00:00:01",
        ["Scheduler__IdleWaitTime"] = "00:00:01",
        ["BotConnector__Timeout"] = "00:00:05",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task AllSentAsync(DeliveryHarness harness, CancellationToken cancellationToken)
    {
        while ((await harness.Outbox.CountAsync("cycle-1", cancellationToken)).Sent < People)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    // Generous: two bot start-ups and a lease on a loaded 2-core machine. A bot that died says why.
    private static async Task WaitAsync(Task condition, BotProcess bot)
    {
        var finished = await Task.WhenAny(condition, Task.Delay(Within, TestContext.Current.CancellationToken));
        Assert.True(finished == condition && !bot.HasExited, $"the bot did not get there within {Within}:{Environment.NewLine}{bot.RecentOutput}");
        await condition;
    }
}
