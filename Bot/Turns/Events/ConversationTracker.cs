using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Dialogs.Conversations;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Turns.Events;

/// <summary>
/// Keeps the conversation reference and the sender up to date on every handled activity, so that the bot
/// can reach people later and knows their time zone.
/// </summary>
public sealed class ConversationTracker(IConversationStore conversations, IPersonStore people, TimeProvider timeProvider)
{
    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = timeProvider.GetUtcNow();
        if (BotLifecycle.IsRemoval(activity))
        {
            await conversations.MarkUninstalledAsync(ConversationReferences.BaseConversationId(activity.Conversation!.Id!), now, cancellationToken);
            return;
        }

        await conversations.UpsertAsync(ConversationReferences.From(activity, isInstalled: true, now), cancellationToken);
        if (ConversationReferences.Sender(activity, now) is { } person)
        {
            await people.UpsertAsync(person, cancellationToken);
        }
    }
}
