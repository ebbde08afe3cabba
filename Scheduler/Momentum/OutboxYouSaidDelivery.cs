using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Scheduler.Momentum;

/// <summary>
/// Queues a "you said, we did" card in the outbox for each member: the response id stands in for the cycle, so the
/// idempotency key (response, member, kind) makes a double press or a retry send once.
/// </summary>
public sealed class OutboxYouSaidDelivery(IOutboxStore outbox, TimeProvider time) : IYouSaidDelivery
{
    public const string Kind = "you-said-we-did";

    public static string CycleIdFor(string responseId) => "yousaid-" + responseId;

    public async Task<int> EnqueueAsync(Team team, IReadOnlyList<TeamMember> members, string responseId, AdaptiveCard card, PersonIdentity leader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(members);
        var now = time.GetUtcNow();
        var json = CardJson.Serialize(card);
        var messages = members.Select(m => m.TeamsUserId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(recipient => OutboxMessage.Create(CycleIdFor(responseId), recipient, team.TenantId, Kind, json, now).WrittenBy(leader))
            .ToList();
        await outbox.EnqueueAsync(messages, cancellationToken);
        return messages.Count;
    }
}
