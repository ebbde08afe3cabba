using OutcomesBot.Bot.Tests.Delivery;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>A cycle's check-ins to <c>people</c> people, each in a 1:1 chat on the fake connector (as the single-instance crash test has them).</summary>
internal static class FanOut
{
    public static async Task SeedConversationsAsync(IConversationStore conversations, string serviceUrl, int people, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (person, token) => await conversations.UpsertAsync(
                new ConversationReference
                {
                    ConversationId = DeliveryHarness.ConversationOf(person),
                    ServiceUrl = serviceUrl,
                    Kind = ConversationKind.Personal,
                    TenantId = DeliveryHarness.Tenant,
                    BotId = DeliveryHarness.BotId,
                    UserId = DeliveryHarness.UserId(person),
                    UpdatedAt = TimeProvider.System.GetUtcNow(),
                },
                token));

    public static List<OutboxMessage> Messages(string cycleId, int people)
    {
        var now = TimeProvider.System.GetUtcNow();
        return [.. Enumerable.Range(0, people).Select(person => OutboxMessage.Create(
            cycleId, DeliveryHarness.UserId(person), DeliveryHarness.Tenant, "checkin", """{"type":"AdaptiveCard","version":"1.5","body":[]}""", now))];
    }

    public static async Task AllSentAsync(IOutboxStore outbox, string cycleId, int people, CancellationToken cancellationToken)
    {
        while ((await outbox.CountAsync(cycleId, cancellationToken)).Sent < people)
        {
            await Task.Delay(200, cancellationToken);
        }
    }

    public static async Task WaitAsync(Task condition, BotCluster cluster, TimeSpan within)
    {
        var finished = await Task.WhenAny(condition, Task.Delay(within, TestContext.Current.CancellationToken));
        Assert.True(finished == condition, $"the cluster did not get there within {within}:{Environment.NewLine}{cluster.RecentOutput}");
        await condition;
    }
}
