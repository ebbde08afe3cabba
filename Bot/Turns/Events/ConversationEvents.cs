using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Scheduler.Rosters;

namespace OutcomesBot.Bot.Turns.Events;

/// <summary>
/// Install and conversation-update events. Teams sends both an installationUpdate and a conversationUpdate
/// when the app is added; the store's welcome mark makes sure only one welcome card goes out (and one roster sync starts).
/// </summary>
public sealed class ConversationEvents(IConversationStore conversations, IRosterSyncRequests rosterSyncs, WelcomeAudience audience, TimeProvider timeProvider)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        TurnTelemetry.SetHandler(nameof(ConversationEvents));
        ArgumentNullException.ThrowIfNull(turn);
        if (!BotLifecycle.IsInstall(turn.Activity))
        {
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
            await turn.SendCardAsync(WelcomeCard.Create(turn.IsSharedConversation, await audience.ReachAsync(turn, cancellationToken)), cancellationToken);
        }
        catch
        {
            // The turn fails and Teams redelivers the event; without the mark, that retry sends the welcome.
            await conversations.ClearWelcomeAsync(conversationId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>True for the event types this class handles.</summary>
    public static bool Handles(Activity activity) =>
        activity?.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
}
