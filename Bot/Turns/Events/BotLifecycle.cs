using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Turns.Events;

/// <summary>Recognises the activities that mean the app was added to, or removed from, a conversation.</summary>
public static class BotLifecycle
{
    public static bool IsInstall(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade",
            ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(m => IsBot(activity, m)) == true,
            _ => false,
        };
    }

    public static bool IsRemoval(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action is "remove" or "remove-upgrade",
            ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(m => IsBot(activity, m)) == true,
            _ => false,
        };
    }

    private static bool IsBot(Activity activity, ChannelAccount member) =>
        !string.IsNullOrEmpty(member.Id) && member.Id == activity.Recipient?.Id;
}
