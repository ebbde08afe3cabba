using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>
/// Finds the handler for a typed command in the <see cref="CommandTable"/> (read through <see cref="CommandPhrasing"/>, so
/// "check in please" works) and holds each command to its declared scope, here and nowhere else: a command offered only
/// in the 1:1 chat, typed in a channel or group chat, is answered in the sender's 1:1 chat; one offered only in a team
/// channel, typed in the 1:1 chat, gets a pointer to the channel. A long message in the 1:1 chat that is no command is
/// offered as a learning-log note; anything else gets a pointer to help.
/// </summary>
public sealed class TextCommandDispatcher(CommandTable table, PersonalChatHandoff handoff)
{
    /// <summary>Messages longer than this, that are no command, are offered to the learning log.</summary>
    public const int LongMessage = 200;

    internal static string UnknownCommand(bool inSharedConversation) =>
        $"Sorry, I didn't understand that. {CommandHint.Type("help", inSharedConversation)} to see the commands I know.";

    internal static string EmptyCommand(bool inSharedConversation) =>
        $"Hello! {CommandHint.Type("help", inSharedConversation)} to see what I can do.";
    internal const string SentToChat =
        "I've answered in our 1:1 chat, so it stays private.";

    /// <summary>What to say when a channel-only command is typed in the 1:1 chat.</summary>
    internal static string InChannelOnly(string command) =>
        $"That one belongs in a team channel: type @OutcomesBot {command} there.";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var typed = CommandText.From(turn.Activity);
        if (typed.Length == 0)
        {
            await turn.SendTextAsync(EmptyCommand(turn.IsSharedConversation), cancellationToken);
            return;
        }

        var command = CommandPhrasing.Canonical(typed, table);
        var found = table.Find(command);
        TurnTelemetry.SetHandler(found?.Handler.GetType().Name ?? "none");
        if (found is not (var handler, var declared))
        {
            await AnswerFreeTextAsync(turn, cancellationToken);
        }
        else if (declared.Scopes == CommandScopes.Personal && turn.PersonalSenderId is null)
        {
            await HandInPrivateAsync(turn, handler, command, declared, cancellationToken);
        }
        else if (!declared.IsOfferedIn(CommandScopes.Personal) && !turn.IsSharedConversation)
        {
            await turn.SendTextAsync(InChannelOnly(declared.Name), cancellationToken);
        }
        else
        {
            await handler.HandleAsync(turn, command, cancellationToken);
        }
    }

    private async Task HandInPrivateAsync(TurnContext turn, ITextCommandHandler handler, string command, BotCommand personal, CancellationToken cancellationToken)
    {
        if (!turn.IsSharedConversation || await handoff.OpenAsync(turn, cancellationToken) is not { } chat)
        {
            await turn.SendTextAsync(PersonalChatHandoff.OpenChatYourself(personal.Name), cancellationToken);
            return;
        }

        if (await handoff.TryInChatAsync(chat, token => handler.HandleAsync(chat, command, token), cancellationToken))
        {
            await turn.SendTextAsync(SentToChat, cancellationToken);
            return;
        }

        // Teams refused the answer in the chat (decision 071): the sender is told in the thread, by name.
        await turn.SendTextToSenderAsync(PersonalChatHandoff.AnswerUnreachable(personal.Name), cancellationToken);
    }

    private static Task<Protocol.Connector.ResourceResponse> AnswerFreeTextAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = CommandText.Plain(turn.Activity);
        if (turn.PersonalSenderId is null || text.Length <= LongMessage)
        {
            return turn.SendTextAsync(UnknownCommand(turn.IsSharedConversation), cancellationToken);
        }

        // The offer holds what the person wrote: it is sent, never stored; a message turn keeps no reply (decision 019).
        return turn.SendCardAsync(LearningLogNote.Offer(text), cancellationToken);
    }
}
