using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Turns.Events;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// Sends each activity to the part of the bot that handles it: typed commands, card actions (Action.Execute
/// invokes and Action.Submit messages) and conversation events. Returns the invoke response body, if any.
/// </summary>
public sealed class ActivityRouter(
    ConversationTracker tracker,
    ConversationEvents events,
    TextCommandDispatcher commands,
    CardActionDispatcher actions)
{
    public async Task<AdaptiveCardInvokeResponse?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        turn.StoredSender = await tracker.RecordAsync(activity, cancellationToken);
        switch (activity.Type)
        {
            case ActivityTypes.Message when IsCardSubmit(activity):
                await actions.HandleSubmitAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Message:
                await commands.HandleAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardActionInvoke:
                return await actions.HandleInvokeAsync(turn, cancellationToken);
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await events.HandleAsync(turn, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    /// <summary>An Action.Submit arrives as a message whose value holds the inputs and which has no text.</summary>
    private static bool IsCardSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.Text);
}
