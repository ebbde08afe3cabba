using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Delivery;

/// <summary>
/// Opens a 1:1 chat with a colleague the bot has no chat with yet, for a card one person addressed to another (a support
/// request, "it was seen"): Teams lets a bot start a 1:1 conversation with a member of a team it is installed in, by
/// the member's Teams id, on the team's service URL. Scheduled broadcasts (check-ins, digests) keep their rule: they
/// reach only people who have the app (decision 013), so this is limited to <see cref="Opens"/>. Decision 027.
/// </summary>
public sealed class PersonalChatOpener(
    [FromKeyedServices(ConnectorServiceCollectionExtensions.SingleAttemptKey)] IConnectorClient connector,
    IConversationStore conversations,
    ITeamStore teams,
    ServiceUrlAllowList allowedServiceUrls,
    TimeProvider timeProvider)
{
    private static readonly HashSet<string> PersonToPerson =
    [
        SupportDialog.RequestKind, SupportDialog.SeenKind, SupportDialog.SharedEntryKind,

        // Telling people what someone else did for or with them (decision 030).
        StoryOffers.ApprovalKind, StoryOffers.DecisionKind, ChampionNaming.NamedKind, ChampionNaming.RemovedKind, LearningSetWelcome.JoinedKind,
        LearningSetEndNotice.EndedKind,
    ];

    public static bool Opens(OutboxMessage message) =>
        message is not null && message.ChannelConversationId is null && PersonToPerson.Contains(message.Kind);

    /// <summary>A new 1:1 chat with the recipient, through a team channel of theirs where the app is installed; null when there is none.</summary>
    public async Task<ConversationReference?> OpenAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var tenant = string.IsNullOrEmpty(message.TenantId) ? null : message.TenantId;
        foreach (var channel in await conversations.ListInstalledChannelsAsync(tenant, cancellationToken))
        {
            if (channel.TeamId is null || !allowedServiceUrls.Allows(channel.ServiceUrl)
                || await teams.FindMemberByTeamsUserIdAsync(channel.TeamId, message.RecipientId, cancellationToken) is null)
            {
                continue;
            }

            var tenantId = channel.TenantId ?? message.TenantId;
            var created = await connector.CreateConversationAsync(channel.ServiceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = channel.BotId, Name = channel.BotName },
                Members = [new ChannelAccount { Id = message.RecipientId }],
                TenantId = tenantId,
                ChannelData = new TeamsChannelData { Tenant = new TeamsIdentity { Id = tenantId } },
            }, cancellationToken);
            var serviceUrl = created.ServiceUrl ?? channel.ServiceUrl;
            if (!allowedServiceUrls.Allows(serviceUrl))
            {
                return null;
            }

            var reference = new ConversationReference
            {
                ConversationId = created.Id,
                ServiceUrl = serviceUrl,
                Kind = ConversationKind.Personal,
                TenantId = tenantId,
                BotId = channel.BotId,
                BotName = channel.BotName,
                UserId = message.RecipientId,
                UpdatedAt = timeProvider.GetUtcNow(),
            };
            await conversations.UpsertAsync(reference, cancellationToken);
            return reference;
        }

        return null;
    }
}
