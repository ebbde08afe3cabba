using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Scheduler.Rosters;

namespace OutcomesBot.Bot.Turns.Events;

/// <summary>
/// Install and conversation-update events. Teams sends both an installationUpdate and a conversationUpdate
/// when the app is added; the store's welcome mark makes sure only one welcome card goes out (and one roster sync starts).
/// When people join or leave a team the bot is in, the team's roster is read again; someone who left is taken off the
/// stored roster at once, so a leader removed from the team stops seeing its figures now, not at the next daily sync.
/// </summary>
public sealed class ConversationEvents(
    IConversationStore conversations, ITeamStore teams, IRosterSyncRequests rosterSyncs, WelcomeAudience audience, TimeProvider timeProvider)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        TurnTelemetry.SetHandler(nameof(ConversationEvents));
        ArgumentNullException.ThrowIfNull(turn);
        if (!BotLifecycle.IsInstall(turn.Activity))
        {
            await RosterChangedAsync(turn.Activity, cancellationToken);
            return;
        }

        var conversationId = ConversationReferences.BaseConversationId(turn.ConversationId);
        if (!await conversations.TryMarkWelcomedAsync(conversationId, timeProvider.GetUtcNow(), cancellationToken))
        {
            return;
        }

        // A new team: read its roster (owners lead) and reach its members, in the background.
        if (turn.Activity.ChannelData?.Team?.Id is { Length: > 0 } teamId)
        {
            await rosterSyncs.RequestAsync(teamId, turn.Activity.From?.Id, cancellationToken);
        }

        try
        {
            // A leader whose chat opens after something was pushed to the others is told what waits (decision 099).
            var card = await audience.CardAsync(turn, cancellationToken);
            await turn.SendCardAsync(card, cancellationToken);
        }
        catch
        {
            // The turn fails and Teams redelivers the event; without the mark, that retry sends the welcome.
            await conversations.ClearWelcomeAsync(conversationId, CancellationToken.None);
            throw;
        }
    }

    private async Task RosterChangedAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.ConversationUpdate || activity.ChannelData?.Team?.Id is not { Length: > 0 } teamId || BotLifecycle.IsRemoval(activity))
        {
            return;
        }

        var left = (activity.MembersRemoved ?? []).Where(member => !string.IsNullOrEmpty(member.Id)).ToList();
        if (left.Count == 0 && (activity.MembersAdded ?? []).All(member => string.IsNullOrEmpty(member.Id)))
        {
            return;
        }

        // Each leaver is found and taken off alone, by AAD id or by Teams id: writing the roster back without them rewrote
        // every member of a large team, per event, on the turn (decision 063).
        foreach (var gone in left)
        {
            foreach (var member in await LeaverRowsAsync(teamId, gone, cancellationToken))
            {
                await teams.RemoveMemberAsync(teamId, member.AadObjectId, cancellationToken);
            }
        }

        await rosterSyncs.RequestAsync(teamId, null, cancellationToken);
    }

    private async Task<IEnumerable<TeamMember>> LeaverRowsAsync(string teamId, ChannelAccount gone, CancellationToken cancellationToken)
    {
        var byAad = string.IsNullOrEmpty(gone.AadObjectId) ? null : await teams.GetMemberAsync(teamId, gone.AadObjectId, cancellationToken);
        var byTeamsId = string.IsNullOrEmpty(gone.Id) ? null : await teams.FindMemberByTeamsUserIdAsync(teamId, gone.Id, cancellationToken);
        return new[] { byAad, byTeamsId }.OfType<TeamMember>().DistinctBy(member => member.AadObjectId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for the event types this class handles.</summary>
    public static bool Handles(Activity activity) =>
        activity?.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
}
