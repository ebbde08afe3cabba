using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Turns.LearningSets;

/// <summary>
/// <c>learning set</c>: the card to start an action-learning set. In the 1:1 chat it lists every channel the person may
/// start one in. Typed in a channel, the form (that channel chosen) goes to the person's 1:1 chat, so nobody else reads
/// or presses a half-filled form, and the channel gets one line saying where it went (decision 066).
/// </summary>
public sealed class LearningSetCommands(LearningSetDialog dialog, PersonalChatHandoff handoff) : ITextCommandHandler
{
    private const string Form = "the form";

    internal static string SentToChat => PersonalChatHandoff.SentToChat(Form);

    internal static string ChatUnreachable => PersonalChatHandoff.ChatUnreachable(Form, LearningSet.Name);

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
        if (channel is null || reply.IsRefusal)
        {
            await turn.SendCardAsync(reply.Card!, cancellationToken);
            return;
        }

        // The form is never posted in the channel, not even when the chat cannot be reached: it lists the team's members.
        await handoff.SendFormAsync(turn, reply.Card!, Form, LearningSet.Name, cancellationToken);
    }
}
