using OutcomesBot.Bot.Telemetry;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>Finds the handler for a typed command; anything unknown gets a friendly pointer to help.</summary>
public sealed class TextCommandDispatcher(IEnumerable<ITextCommandHandler> handlers)
{
    internal const string UnknownCommand =
        "Sorry, I didn't understand that. Type **help** to see the commands I know.";
    internal const string EmptyCommand =
        "Hello! Type **help** to see what I can do.";

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var command = CommandText.From(turn.Activity);
        if (command.Length == 0)
        {
            return turn.SendTextAsync(EmptyCommand, cancellationToken);
        }

        var handler = handlers.FirstOrDefault(h => h.CanHandle(command));
        TurnTelemetry.SetHandler(handler?.GetType().Name ?? "none");
        return handler is null
            ? turn.SendTextAsync(UnknownCommand, cancellationToken)
            : handler.HandleAsync(turn, command, cancellationToken);
    }
}
