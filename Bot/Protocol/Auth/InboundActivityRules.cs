using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// What an activity itself must satisfy, whoever signed it (and in local mode, where nobody does): a channel in
/// <c>AllowedChannelIds</c> (msteams), a serviceUrl inside the <see cref="ServiceUrlAllowList"/>, one tenant (the
/// conversation's and channelData's agree), inside <c>AllowedTenantIds</c> when that is set. Answers null or a refusal.
/// </summary>
public sealed class InboundActivityRules(IOptions<BotAuthenticationOptions> options, ServiceUrlAllowList serviceUrls)
{
    private readonly IReadOnlyList<string> _channels = options.Value.EffectiveChannelIds();
    private readonly IList<string> _tenants = options.Value.AllowedTenantIds;

    /// <summary>The activity's tenant: conversation.tenantId, else channelData.tenant.id; null when absent or when the two differ.</summary>
    public static string? TenantOf(Activity activity, out bool conflicting)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fromConversation = activity.Conversation?.TenantId;
        var fromChannelData = activity.ChannelData?.Tenant?.Id;
        conflicting = fromConversation is not null && fromChannelData is not null
            && !string.Equals(fromConversation, fromChannelData, StringComparison.OrdinalIgnoreCase);
        return conflicting ? null : fromConversation ?? fromChannelData;
    }

    public AuthenticationOutcome? Check(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Types the bot ignores (reactions, typing) are answered 200 with nothing stored or sent, and the Playground
        // sends some without channelId or serviceUrl; with credentials their token is still checked.
        if (!ActivityTypes.IsHandled(activity.Type))
        {
            return null;
        }
        if (activity.ChannelId is not { } channel || !_channels.Contains(channel, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Forbidden("channel not allowed");
        }

        if (!serviceUrls.Allows(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Forbidden("serviceUrl outside BotAuthentication:AllowedServiceUrls");
        }

        var tenant = TenantOf(activity, out var conflicting);
        if (conflicting)
        {
            return AuthenticationOutcome.Forbidden("conversation and channelData name different tenants");
        }

        if (_tenants.Count > 0 && (tenant is null || !_tenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            return AuthenticationOutcome.Forbidden("tenant not allowed");
        }

        return null;
    }
}
