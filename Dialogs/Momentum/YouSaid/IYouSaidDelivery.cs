using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>Hands a response card to the delivery engine for each member's 1:1 chat.</summary>
public interface IYouSaidDelivery
{
    /// <summary>
    /// Queues <paramref name="card"/> for every member with a Teams user id, keyed by <paramref name="responseId"/> and
    /// the member, so queuing the same response again adds nothing. Returns how many members it is queued for. The cards
    /// carry the leader's words: <paramref name="leader"/>'s "delete my data" deletes those not yet sent.
    /// </summary>
    Task<int> EnqueueAsync(Team team, IReadOnlyList<TeamMember> members, string responseId, AdaptiveCard card, PersonIdentity leader, CancellationToken cancellationToken);
}
