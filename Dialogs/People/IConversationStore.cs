namespace OutcomesBot.Dialogs.People;

/// <summary>Keeps the conversation references the bot needs for proactive messages.</summary>
public interface IConversationStore
{
    /// <summary>
    /// Inserts or replaces a reference; the install flag and welcome mark are kept as given. True when the stored
    /// conversation was marked removed (<see cref="MarkUninstalledAsync"/>) and the reference says installed: the person
    /// is back, found by the read the upsert makes anyway (decision 079).
    /// </summary>
    Task<bool> UpsertAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The reference for a conversation id, or null.</summary>
    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The personal (1:1) conversation with a user, or null if they never installed the app.</summary>
    Task<ConversationReference?> FindPersonalAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The team channels the app is installed in, in a tenant (all tenants when null), by team and channel name.</summary>
    Task<IReadOnlyList<ConversationReference>> ListInstalledChannelsAsync(string? tenantId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the conversation as welcomed; true only for the first caller since the app was (re)installed,
    /// so that installationUpdate and conversationUpdate arriving together bring one welcome card.
    /// </summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Clears the welcome mark after a welcome card could not be sent, so that a retry sends it.</summary>
    Task ClearWelcomeAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the app as removed from the conversation and clears its welcome mark: on the uninstall event, and when Teams
    /// refuses a send to the 1:1 chat as blocked (decision 079), so the person's next message there marks them back.
    /// </summary>
    Task MarkUninstalledAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken);
}
