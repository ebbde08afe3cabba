using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Turns.LearningSets;

/// <summary>
/// <c>learning set</c>: the card to start an action-learning set. In the 1:1 chat it lists every channel the person may
/// start one in. Typed in a channel, the form (that channel chosen) goes to the person's 1:1 chat, so nobody else reads
/// or presses a half-filled form, and the channel gets one line saying where it went (decision 066). <c>learning set end</c>
/// lists the running sets the person may end (decision 080); it is personal, so the dispatcher answers it in the 1:1 chat.
/// </summary>
public sealed class LearningSetCommands(LearningSetDialog dialog, LearningSetEndList endList, PersonalChatHandoff handoff) : ITextCommandHandler
{
    private const string Form = "the form";

    internal static string SentToChat => PersonalChatHandoff.SentToChat(Form);

    internal static string ChatUnreachable => PersonalChatHandoff.ChatUnreachable(Form, LearningSet.Name);

    public static BotCommand LearningSet { get; } = new("learning set", "Start an action-learning set: a question for a group, answered in rounds.", CommandAudience.LeadersAndChampions, CommandScopes.Personal | CommandScopes.Channel, ["learning set", "learning sets", "action learning", "action-learning set"])
    {
        Order = 100,
    };

    // Out of the manifest: Teams takes 12 personal commands and the list is full; the help card lists it.
    public static BotCommand LearningSetEnd { get; } = new("learning set end", "End an action-learning set you started or lead: lists the sets still running.", CommandAudience.LeadersAndChampions, CommandScopes.Personal, ["learning set end", "end learning set", "end a learning set", "end learning sets", "stop learning set"])
    {
        Order = 105,
        InManifest = false,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [LearningSet, LearningSetEnd];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NamedSender.AadObjectIdOrSayAsync(turn, cancellationToken) is not { } aadObjectId)
        {
            return;
        }

        if (LearningSetEnd.Matches(command))
        {
            await turn.SendCardAsync(await endList.ListAsync(aadObjectId, cancellationToken), cancellationToken);
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
