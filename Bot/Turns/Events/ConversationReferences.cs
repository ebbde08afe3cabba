using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Cards.Fields;

namespace OutcomesBot.Bot.Turns.Events;

/// <summary>Reads the conversation reference and the sender out of an activity.</summary>
public static class ConversationReferences
{
    private const string ThreadSuffix = ";messageid=";

    public static ConversationReference From(Activity activity, bool isInstalled, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation!;
        var kind = conversation.ConversationType switch
        {
            "personal" => ConversationKind.Personal,
            "channel" => ConversationKind.Channel,
            "groupChat" => ConversationKind.GroupChat,
            _ => conversation.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
        };
        var id = BaseConversationId(conversation.Id!);
        return new ConversationReference
        {
            ConversationId = id,
            ServiceUrl = activity.ServiceUrl!,
            Kind = kind,
            TenantId = TenantOf(activity),
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = kind == ConversationKind.Personal ? activity.From?.Id : null,
            TeamId = activity.ChannelData?.Team?.Id,
            TeamName = activity.ChannelData?.Team?.Name,
            ChannelId = kind == ConversationKind.Channel ? activity.ChannelData?.Channel?.Id ?? id : null,
            Name = conversation.Name,
            IsInstalled = isInstalled,
            UpdatedAt = now,
        };
    }

    /// <summary>The person who sent the activity, or null when it came from the bot itself or has no sender.</summary>
    public static Person? Sender(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From;
        if (string.IsNullOrWhiteSpace(from?.Id) || from.Id == activity.Recipient?.Id)
        {
            return null;
        }

        return new Person
        {
            TeamsUserId = from.Id,
            AadObjectId = from.AadObjectId,
            Name = from.Name,
            TenantId = TenantOf(activity),
            TimeZone = KnownTimeZone(activity.LocalTimezone),
            FirstSeenAt = now,
            LastSeenAt = now,
        };
    }

    /// <summary>A channel message's conversation id names its thread; the channel itself is the part before it.</summary>
    public static string BaseConversationId(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private static string? TenantOf(Activity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;

    private static string? KnownTimeZone(string? name) =>
        ScheduleText.IsKnownZone(name) ? name : null;
}
