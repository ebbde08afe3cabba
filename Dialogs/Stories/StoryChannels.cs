namespace OutcomesBot.Dialogs.Stories;

/// <summary>The channels a person may post a story to: those of teams where they lead or are a champion, in their tenant.</summary>
public sealed class StoryChannels(IConversationStore conversations, TeamRoles roles)
{
    public Task<IReadOnlyList<StoryChannel>> ListAsync(string aadObjectId, string? tenantId, CancellationToken cancellationToken) =>
        ListAsync(aadObjectId, tenantId, TeamRole.Champion, cancellationToken);

    /// <summary>The channels of teams where the person has at least <paramref name="minimum"/> (staff: where they may offer a story).</summary>
    public async Task<IReadOnlyList<StoryChannel>> ListAsync(string aadObjectId, string? tenantId, TeamRole minimum, CancellationToken cancellationToken)
    {
        var teams = await roles.TeamsWhereAsync(aadObjectId, minimum, cancellationToken);
        if (teams.Count == 0 || string.IsNullOrEmpty(tenantId))
        {
            return [];
        }

        var teamIds = teams.Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal);
        var channels = await conversations.ListInstalledChannelsAsync(tenantId, cancellationToken);
        return channels
            .Where(c => c.TeamId is { } teamId && teamIds.Contains(teamId))
            .Select(c => new StoryChannel(c.ConversationId, c.TeamId!, c.TenantId ?? tenantId, Title(c)))
            .ToList();
    }

    /// <summary>
    /// The channels of teams where the person is staff only: a leader or champion of one team offers a story to another
    /// team they are a member of, for that team's leaders and champions to approve (decision 030).
    /// </summary>
    public async Task<IReadOnlyList<StoryChannel>> ListOfferOnlyAsync(string aadObjectId, string? tenantId, CancellationToken cancellationToken)
    {
        var member = await ListAsync(aadObjectId, tenantId, TeamRole.Staff, cancellationToken);
        var leads = (await roles.TeamsWhereAsync(aadObjectId, TeamRole.Champion, cancellationToken)).Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal);
        return [.. member.Where(c => !leads.Contains(c.TeamId))];
    }

    private static string Title(ConversationReference channel)
    {
        var channelName = channel.Name ?? (channel.ChannelId == channel.TeamId ? "General" : "a channel");
        return channel.TeamName is { } team ? $"{team} › {channelName}" : channelName;
    }
}
