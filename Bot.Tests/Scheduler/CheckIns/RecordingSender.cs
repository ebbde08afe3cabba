using System.Collections.Concurrent;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>A sender that takes every message and remembers what went to whom, and when by the given clock.</summary>
internal sealed class RecordingSender(TimeProvider clock) : IProactiveSender
{
    public ConcurrentQueue<(string Recipient, string Kind, DateTimeOffset At)> Sent { get; } = new();

    public async Task<SendResult> SendAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken)
    {
        await waitForSlot(cancellationToken);
        Sent.Enqueue((message.RecipientId, message.Kind, clock.GetUtcNow()));
        return SendResult.Sent("activity-" + message.OutboxId);
    }

    public Task<SendResult> RecreateConversationAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken) =>
        Task.FromResult(SendResult.Permanent("NotExpected"));
}
