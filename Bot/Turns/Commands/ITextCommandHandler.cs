namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>Handles typed commands of one area.</summary>
public interface ITextCommandHandler
{
    /// <summary>True if this handler owns the command (already normalised by <see cref="CommandText"/>).</summary>
    bool CanHandle(string command);

    /// <summary>Answers the command in the turn's conversation.</summary>
    Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken);
}
