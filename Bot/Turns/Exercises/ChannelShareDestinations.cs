using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>
/// Offers the channels of the teams the person is a member of (the stored roster, by their Entra object id), in their
/// own tenant, as <see cref="Dialogs.Stories.StoryChannels"/> does for stories. A channel id not in this list is refused.
/// </summary>
public sealed class ChannelShareDestinations(IConversationStore conversations, IPersonStore people, TeamRoles roles) : IShareDestinations
{
    public async Task<IReadOnlyList<ShareDestination>> ListAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await people.GetAsync(personId, cancellationToken);
        if (person?.TenantId is not { } tenantId || string.IsNullOrEmpty(person.AadObjectId))
        {
            return [];
        }

        var teams = await roles.TeamsWhereAsync(person.AadObjectId, TeamRole.Staff, cancellationToken);
        var teamIds = teams.Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal);
        var channels = await conversations.ListInstalledChannelsAsync(tenantId, cancellationToken);
        return channels
            .Where(c => c.TeamId is { } teamId && teamIds.Contains(teamId))
            .Select(c => new ShareDestination(c.ConversationId, Title(c)) { TeamId = c.TeamId!, TenantId = tenantId })
            .ToList();
    }

    private static string Title(ConversationReference channel)
    {
        var channelName = channel.Name ?? (channel.ChannelId == channel.TeamId ? "General" : "a channel");
        return channel.TeamName is { } team ? $"{team} › {channelName}" : channelName;
    }
}
