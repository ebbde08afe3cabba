using System.Diagnostics;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.DeliveryBench;

/// <summary>
/// Times each request as it leaves the engine (right after its rate slot), so that a run can tell the limiter's own
/// pace from what the connector saw after the trip through HTTP and a busy machine.
/// </summary>
internal sealed class DepartureTimingSender(IProactiveSender inner) : IProactiveSender
{
    public ArrivalLog Departures { get; } = new();

    public Task<SendResult> SendAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken) =>
        inner.SendAsync(message, Timed(waitForSlot), cancellationToken);

    public Task<SendResult> RecreateConversationAsync(OutboxMessage message, Func<CancellationToken, Task> waitForSlot, CancellationToken cancellationToken) =>
        inner.RecreateConversationAsync(message, Timed(waitForSlot), cancellationToken);

    private Func<CancellationToken, Task> Timed(Func<CancellationToken, Task> waitForSlot) => async token =>
    {
        await waitForSlot(token);
        Departures.Add(Stopwatch.GetTimestamp());
    };
}
