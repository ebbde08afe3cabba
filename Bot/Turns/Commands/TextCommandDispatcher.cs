using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>
/// Finds the handler for a typed command (read through <see cref="CommandPhrasing"/>, so "check in please" works). A
/// command offered only in the 1:1 chat, typed in a channel, is answered in the sender's 1:1 chat. A long message
/// in the 1:1 chat that is no command is offered as a learning-log note; anything else gets a pointer to help.
/// </summary>
public sealed class TextCommandDispatcher(IEnumerable<ITextCommandHandler> handlers, PersonalChatHandoff handoff)
{
    /// <summary>Messages longer than this, that are no command, are offered to the learning log.</summary>
    public const int LongMessage = 200;

    internal const string UnknownCommand =
        "Sorry, I didn't understand that. Type help to see the commands I know.";
    internal const string EmptyCommand =
        "Hello! Type help to see what I can do.";
    internal const string SentToChat =
        "I've answered in our 1:1 chat, so it stays private.";
    /// <summary>What to say when Teams will not open the 1:1 chat for the bot: how to open it, and what to type there.</summary>
    internal static string OpenChatYourself(string command) =>
        $"That one is personal, so it belongs in our 1:1 chat. Open a chat with me (OutcomesBot in the Chat list) and type {command} there.";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var typed = CommandText.From(turn.Activity);
        if (typed.Length == 0)
        {
            await turn.SendTextAsync(EmptyCommand, cancellationToken);
            return;
        }

        var command = CommandPhrasing.Canonical(typed);
        var handler = handlers.FirstOrDefault(h => h.CanHandle(command));
        TurnTelemetry.SetHandler(handler?.GetType().Name ?? "none");
        if (handler is null)
        {
            await AnswerFreeTextAsync(turn, cancellationToken);
        }
        else if (turn.IsSharedConversation && CommandCatalog.Find(command) is { } personal && personal.Scopes == CommandScopes.Personal)
        {
            await HandInPrivateAsync(turn, handler, command, personal, cancellationToken);
        }
        else
        {
            await handler.HandleAsync(turn, command, cancellationToken);
        }
    }

    private async Task HandInPrivateAsync(TurnContext turn, ITextCommandHandler handler, string command, BotCommand personal, CancellationToken cancellationToken)
    {
        if (await handoff.OpenAsync(turn, cancellationToken) is not { } chat)
        {
            await turn.SendTextAsync(OpenChatYourself(personal.Name), cancellationToken);
            return;
        }

        await handler.HandleAsync(chat, command, cancellationToken);
        await turn.SendTextAsync(SentToChat, cancellationToken);
    }

    private static Task<Protocol.Connector.ResourceResponse> AnswerFreeTextAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = CommandText.Plain(turn.Activity);
        if (turn.PersonalSenderId is null || text.Length <= LongMessage)
        {
            return turn.SendTextAsync(UnknownCommand, cancellationToken);
        }

        // The offer holds what the person wrote: it is sent, never stored; a message turn keeps no reply (decision 019).
        return turn.SendCardAsync(LearningLogNote.Offer(text), cancellationToken);
    }
}
