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

    /// <summary>
    /// Queues <paramref name="card"/> as <see cref="SendAsync"/> does, but not due for <paramref name="hold"/>: a note that
    /// waits for something it will link to (decision 093). <see cref="ReleaseAsync"/> sends it sooner.
    /// </summary>
    Task HoldAsync(string about, string recipientId, string tenantId, string kind, AdaptiveCard card, TimeSpan hold, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="button"/> to a card queued with <see cref="HoldAsync"/> and makes it due now; false when none
    /// is waiting (never held, or gone already).
    /// </summary>
    Task<bool> ReleaseAsync(string about, string recipientId, string kind, CardAction button, CancellationToken cancellationToken);
}
