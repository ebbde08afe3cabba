using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Turns.Events;

/// <summary>
/// Keeps the conversation reference and the sender up to date on every handled activity, so that the bot
/// can reach people later and knows their time zone. An activity from a team also records the team, and its sender as
/// one of its members (the roster sync fills in the rest). Removing the app from the 1:1 chat marks the person
/// unreachable, so nothing queued for them goes out; adding it back there takes the mark away (decision 076), and so does
/// anything they send in that chat after it was marked removed (decision 079): an unblock brings no event of its own.
/// </summary>
public sealed class ConversationTracker(
    IConversationStore conversations, IPersonStore people, ITeamStore teams, IReachability reachability, TimeProvider timeProvider)
{
    /// <summary>Records the activity's conversation, sender and team; returns the sender as stored, or null when there is none.</summary>
    public async Task<Person?> RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = timeProvider.GetUtcNow();
        if (BotLifecycle.IsRemoval(activity))
        {
            await conversations.MarkUninstalledAsync(ConversationReferences.BaseConversationId(activity.Conversation!.Id!), now, cancellationToken);
            if (ConversationReferences.From(activity, isInstalled: false, now).UserId is { } leaver)
            {
                await reachability.MarkUnreachableAsync(leaver, UnreachableReasons.Uninstalled, now, cancellationToken);
            }

            return null;
        }

        // Anything the person sends in their 1:1 chat records it installed; a chat marked removed (the uninstall event, or
        // Teams refusing a send as blocked) is then the person back, even with no install event, as after an unblock.
        var reference = ConversationReferences.From(activity, isInstalled: true, now);
        var cameBack = await conversations.UpsertAsync(reference, cancellationToken);
        if (reference.UserId is { } returning && (cameBack || BotLifecycle.IsInstall(activity)))
        {
            await reachability.MarkReachableAsync(returning, cancellationToken);
        }

        var person = ConversationReferences.Sender(activity, now);
        var stored = person is null ? null : await people.UpsertAsync(person, cancellationToken);

        if (reference is { TeamId: { } teamId, TenantId: { } tenantId })
        {
            await RecordTeamAsync(new Team { TeamId = teamId, TenantId = tenantId, ServiceUrl = reference.ServiceUrl, Name = reference.TeamName, AadGroupId = activity.ChannelData?.Team?.AadGroupId, UpdatedAt = now }, cancellationToken);
            if (person?.AadObjectId is { } aadObjectId)
            {
                await RecordMemberAsync(new TeamMember { TeamId = teamId, AadObjectId = aadObjectId, TeamsUserId = person.TeamsUserId, Name = person.Name, UpdatedAt = now }, cancellationToken);
            }
        }

        return stored;
    }

    // Every channel message passes here: a read of a row that already says the same replaces a committed (fsynced) write.
    private async Task RecordTeamAsync(Team seen, CancellationToken cancellationToken)
    {
        if (await teams.GetTeamAsync(seen.TeamId, cancellationToken) is not { } stored
            || stored.TenantId != seen.TenantId || stored.ServiceUrl != seen.ServiceUrl
            || (seen.Name is not null && seen.Name != stored.Name) || (seen.AadGroupId is not null && seen.AadGroupId != stored.AadGroupId))
        {
            await teams.UpsertTeamAsync(seen, cancellationToken);
        }
    }

    private async Task RecordMemberAsync(TeamMember seen, CancellationToken cancellationToken)
    {
        if (await teams.GetMemberAsync(seen.TeamId, seen.AadObjectId, cancellationToken) is not { } stored
            || (seen.TeamsUserId is not null && seen.TeamsUserId != stored.TeamsUserId) || (seen.Name is not null && seen.Name != stored.Name))
        {
            await teams.UpsertMemberAsync(seen, cancellationToken);
        }
    }
}
