using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Turns.LearningSets;

/// <summary><c>learning set</c>: the card to start an action-learning set, in the channel (that channel chosen) or the 1:1 chat.</summary>
public sealed class LearningSetCommands(LearningSetDialog dialog) : ITextCommandHandler
{
    public static BotCommand LearningSet { get; } = new("learning set", "Start an action-learning set: a question for a group, answered in rounds.", CommandAudience.LeadersAndChampions, CommandScopes.Personal | CommandScopes.Channel, ["learning set", "learning sets", "action learning", "action-learning set"])
    {
        Order = 100,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [LearningSet];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            await turn.SendTextAsync(StoryActions.UnknownPerson, cancellationToken);
            return;
        }

        var channel = turn.IsSharedConversation ? ConversationReferences.BaseConversationId(turn.ConversationId) : null;
        var reply = await dialog.OpenAsync(aadObjectId, StoryActions.TenantOf(turn), channel, cancellationToken);
        await turn.SendCardAsync(reply.Card!, cancellationToken);
    }
}
