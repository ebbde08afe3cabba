using OutcomesBot.Dialogs.Conversations;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>
/// Offers the team channels the bot is installed in, within the person's own tenant. Team membership is not
/// checked yet (that needs the Graph roster); the channel list never crosses tenants.
/// </summary>
public sealed class ChannelShareDestinations(IConversationStore conversations, IPersonStore people) : IShareDestinations
{
    public async Task<IReadOnlyList<ShareDestination>> ListAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await people.GetAsync(personId, cancellationToken);
        if (person?.TenantId is not { } tenantId)
        {
            return [];
        }

        var channels = await conversations.ListInstalledChannelsAsync(tenantId, cancellationToken);
        return channels.Select(c => new ShareDestination(c.ConversationId, Title(c))).ToList();
    }

    private static string Title(ConversationReference channel)
    {
        var channelName = channel.Name ?? (channel.ChannelId == channel.TeamId ? "General" : "a channel");
        return channel.TeamName is { } team ? $"{team} › {channelName}" : channelName;
    }
}
