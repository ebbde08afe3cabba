using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Conversation references in Azure Tables. Each conversation is its own partition (point reads); a personal chat also
/// gets a small pointer entity in the partition of its user, so that "the 1:1 chat with this user" is one partition read.
/// </summary>
public sealed class AzureConversationStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IConversationStore
{
    public const string TableName = "conversations";
    private const string Main = "conversation";

    public async Task<bool> UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var cameBack = await Table.ChangeAsync(Key(reference.ConversationId), Main, stored =>
        {
            var merged = reference;
            if (stored is not null)
            {
                // A later activity may lack a field an earlier one had (a message carries no team name): keep the stored value.
                var old = AzureData.Read<StoredConversation>(stored);
                merged = reference with
                {
                    TenantId = reference.TenantId ?? old.Reference.TenantId,
                    BotId = reference.BotId ?? old.Reference.BotId,
                    BotName = reference.BotName ?? old.Reference.BotName,
                    UserId = reference.UserId ?? old.Reference.UserId,
                    TeamId = reference.TeamId ?? old.Reference.TeamId,
                    TeamName = reference.TeamName ?? old.Reference.TeamName,
                    ChannelId = reference.ChannelId ?? old.Reference.ChannelId,
                    Name = reference.Name ?? old.Reference.Name,
                };
                // The row read for the change says whether the chat was marked removed: the person is back (decision 079).
                return Write(new StoredConversation(merged, old.WelcomedAt), !old.Reference.IsInstalled && reference.IsInstalled);
            }

            return Write(new StoredConversation(merged, null), false);
        }, cancellationToken);

        if (reference.Kind == ConversationKind.Personal && reference.UserId is not null)
        {
            var pointer = new TableEntity(UserKey(reference.UserId), AzureKeys.Escape(reference.ConversationId)).AboutPerson(reference.UserId, null);
            await Table.UpsertAsync(pointer, cancellationToken);
        }

        return cameBack;
    }

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        (await GetStoredAsync(conversationId, cancellationToken))?.Reference;

    public async Task<ConversationReference?> FindPersonalAsync(string userId, CancellationToken cancellationToken)
    {
        var pointers = await Table.QueryAsync(AzureFilters.Partition(UserKey(userId)), cancellationToken);
        ConversationReference? newest = null;
        foreach (var pointer in pointers)
        {
            var reference = await Table.GetAsync(pointer.RowKey, Main, cancellationToken) is { } entity ? AzureData.Read<StoredConversation>(entity).Reference : null;
            if (reference is { Kind: ConversationKind.Personal } && reference.UserId == userId && (newest is null || reference.UpdatedAt > newest.UpdatedAt))
            {
                newest = reference;
            }
        }

        return newest;
    }

    public async Task<IReadOnlyList<ConversationReference>> ListInstalledChannelsAsync(string? tenantId, CancellationToken cancellationToken)
    {
        // Few rows and a rare read (the share picker): a filtered scan rather than a second copy to keep in step.
        var filter = AzureFilters.And(
            AzureFilters.Compare(nameof(ConversationKind), "eq", nameof(ConversationKind.Channel)),
            AzureFilters.Compare(nameof(ConversationReference.IsInstalled), "eq", true));
        var entities = await Table.QueryAsync(filter, cancellationToken);
        return entities.Select(entity => AzureData.Read<StoredConversation>(entity).Reference)
            .Where(reference => tenantId is null || reference.TenantId == tenantId)
            .OrderBy(reference => reference.TeamName, StringComparer.Ordinal)
            .ThenBy(reference => reference.Name, StringComparer.Ordinal)
            .ThenBy(reference => reference.ConversationId, StringComparer.Ordinal)
            .ToList();
    }

    public Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(Key(conversationId), Main, stored =>
        {
            var old = stored is null ? null : AzureData.Read<StoredConversation>(stored);
            return old is null || old.WelcomedAt is not null ? new AzureChange<bool>(null, false) : Write(old with { WelcomedAt = at }, true);
        }, cancellationToken);

    public Task ClearWelcomeAsync(string conversationId, CancellationToken cancellationToken) =>
        ChangeExistingAsync(conversationId, old => old with { WelcomedAt = null }, cancellationToken);

    public Task MarkUninstalledAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeExistingAsync(conversationId, old => new StoredConversation(old.Reference with { IsInstalled = false, UpdatedAt = at }, null), cancellationToken);

    /// <summary>
    /// Records every 1:1 chat of the person removed, changing nothing else (the welcome stays as it was), for decision
    /// 084's repair of people marked blocked before decision 079; returns how many chats changed.
    /// </summary>
    internal async Task<int> RecordPersonalChatsRemovedAsync(string userId, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var pointer in await Table.QueryAsync(AzureFilters.Partition(UserKey(userId)), cancellationToken))
        {
            var removed = await Table.ChangeAsync(pointer.RowKey, Main, stored =>
                stored is not null && AzureData.Read<StoredConversation>(stored) is { Reference: { IsInstalled: true, Kind: ConversationKind.Personal } } old
                    ? Write(old with { Reference = old.Reference with { IsInstalled = false } }, true)
                    : new AzureChange<bool>(null, false), cancellationToken);
            changed += removed ? 1 : 0;
        }

        return changed;
    }

    private Task<bool> ChangeExistingAsync(string conversationId, Func<StoredConversation, StoredConversation> change, CancellationToken cancellationToken) =>
        Table.ChangeAsync(Key(conversationId), Main, stored =>
            stored is null ? new AzureChange<bool>(null, false) : Write(change(AzureData.Read<StoredConversation>(stored)), true), cancellationToken);

    private async Task<StoredConversation?> GetStoredAsync(string conversationId, CancellationToken cancellationToken) =>
        await Table.GetAsync(Key(conversationId), Main, cancellationToken) is { } entity ? AzureData.Read<StoredConversation>(entity) : null;

    private static AzureChange<bool> Write(StoredConversation conversation, bool result)
    {
        var entity = AzureData.Entity(Key(conversation.Reference.ConversationId), Main, conversation);
        entity[nameof(ConversationKind)] = (conversation.Reference.Kind.ToString());
        entity[nameof(ConversationReference.IsInstalled)] = (conversation.Reference.IsInstalled);
        if (conversation.Reference.Kind == ConversationKind.Personal)
        {
            // A 1:1 chat is the person's (docs/decisions/016); a channel names nobody in particular.
            entity.AboutPerson(conversation.Reference.UserId, null);
        }

        return new AzureChange<bool>(entity, result);
    }

    private static string Key(string conversationId) => AzureKeys.Escape(conversationId);

    internal static string UserKey(string userId) => AzureKeys.Join("user", userId);

    private sealed record StoredConversation(ConversationReference Reference, DateTimeOffset? WelcomedAt);
}
