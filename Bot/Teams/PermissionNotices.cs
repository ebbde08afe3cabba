using OutcomesBot.Bot.Graph;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Teams;

/// <summary>
/// Tells a team's leaders that a Graph permission is missing: the person who installed the app and the team's known
/// leaders, each in their 1:1 chat with the bot; when none of them has one, the team's channel. At most once a week
/// for the same permissions, so the daily sync does not nag.
/// </summary>
public sealed class PermissionNotices(
    IConversationStore conversations,
    RoleOptions roles,
    IConnectorClient connector,
    IPermissionNoticeLog noticeLog,
    TimeProvider timeProvider,
    ILogger<PermissionNotices> logger)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromDays(7);

    // The members are the stored roster the sync has just read, so that it is not read a second time here.
    public async Task TellLeadersAsync(
        Team team, IReadOnlyList<TeamMember> members, IReadOnlyList<string> permissions, string? installerTeamsUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(permissions);
        var key = string.Join(' ', permissions.Order(StringComparer.Ordinal));
        if (!await noticeLog.TryClaimAsync(team.TeamId, key, timeProvider.GetUtcNow(), Quiet, cancellationToken))
        {
            return;
        }

        var card = PermissionNeededCard.Create(team.Name, permissions.Select(p => new Fact(p, Why(p))).ToList());
        var targets = await TargetsAsync(team, members, installerTeamsUserId, cancellationToken);
        var sent = 0;
        foreach (var target in targets)
        {
            try
            {
                await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, Message(target, card), cancellationToken);
                sent++;
            }
            catch (ConnectorException exception)
            {
                TeamsLog.NoticeFailed(logger, (int)exception.StatusCode);
            }
        }

        if (sent == 0)
        {
            await noticeLog.ReleaseAsync(team.TeamId, key, cancellationToken);
        }

        TeamsLog.NoticeSent(logger, sent);
    }

    private async Task<IReadOnlyList<ConversationReference>> TargetsAsync(Team team, IReadOnlyList<TeamMember> members, string? installerTeamsUserId, CancellationToken cancellationToken)
    {
        var leaders = members
            .Where(m => m.IsOwner || roles.Leaders.Contains(m.AadObjectId, StringComparer.OrdinalIgnoreCase))
            .Select(m => m.TeamsUserId);
        var targets = new List<ConversationReference>();
        foreach (var userId in leaders.Prepend(installerTeamsUserId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await conversations.FindPersonalAsync(userId, cancellationToken) is { IsInstalled: true } chat)
            {
                targets.Add(chat);
            }
        }

        if (targets.Count == 0 && await conversations.GetAsync(team.TeamId, cancellationToken) is { IsInstalled: true } channel)
        {
            targets.Add(channel);
        }

        return targets;
    }

    private static Activity Message(ConversationReference target, AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = target.ServiceUrl,
        From = new ChannelAccount { Id = target.BotId, Name = target.BotName },
        Recipient = target.UserId is null ? null : new ChannelAccount { Id = target.UserId },
        Conversation = new ConversationAccount
        {
            Id = target.ConversationId,
            TenantId = target.TenantId,
            IsGroup = target.Kind != ConversationKind.Personal,
            ConversationType = target.Kind == ConversationKind.Personal ? "personal" : "channel",
        },
        Summary = card.FallbackText,
        Attachments = [Attachment.AdaptiveCard(CardJson.ToElement(card))],
    };

    private static string Why(string permission) => permission switch
    {
        GraphPermissions.ReadTeamMembers => "to read who is in the team and who owns it, so that owners lead here",
        GraphPermissions.ReadChannels => "to list the team's channels, so that you can choose where stories are posted",
        GraphPermissions.InstallSelfForUser => "to add OutcomesBot for colleagues who have not opened a chat with it, so that check-ins reach them",
        _ => "needed by OutcomesBot",
    };
}
