namespace OutcomesBot.Bot.Graph;

/// <summary>The least-privileged application permissions (admin consent) each Graph call needs.</summary>
public static class GraphPermissions
{
    /// <summary>GET /teams/{id}/members (or the resource-specific TeamMember.Read.Group).</summary>
    public const string ReadTeamMembers = "TeamMember.Read.All";

    /// <summary>GET /teams/{id}/channels (or the resource-specific ChannelSettings.Read.Group).</summary>
    public const string ReadChannels = "Channel.ReadBasic.All";

    /// <summary>POST /users/{id}/teamwork/installedApps for this app itself.</summary>
    public const string InstallSelfForUser = "TeamsAppInstallation.ReadWriteSelfForUser.All";
}
