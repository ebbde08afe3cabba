using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.People;

/// <summary>
/// Sends one card to one person's 1:1 chat, proactively through the outbox (its limits and retries apply), for things
/// a person is told because of what someone else did: a story offered or decided, being named a champion, joining a
/// learning set. Decision 030.
/// </summary>
public interface IPersonalCards
{
    /// <summary>
    /// Queues <paramref name="card"/> for <paramref name="recipientId"/> (a Teams user id). <paramref name="about"/> names
    /// what it is about (a story id, a set id...); a second call with the same about, recipient and kind queues nothing.
    /// <paramref name="writer"/> is the person whose words the card carries (a story offered), or null for the bot's own.
    /// </summary>
    Task SendAsync(string about, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, CancellationToken cancellationToken);
}
