namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>Handles typed commands of one area, and declares them: the dispatcher, the help card and the manifest test read the declarations.</summary>
public interface ITextCommandHandler
{
    /// <summary>
    /// The commands this handler answers: their wordings, help text, audience and scopes. A wording claimed by two
    /// declarations stops the host at start-up (<see cref="CommandTable"/>).
    /// </summary>
    IReadOnlyList<BotCommand> Commands { get; }

    /// <summary>
    /// Answers the command (already normalised by <see cref="CommandText"/> and <see cref="CommandPhrasing"/>) in the turn's
    /// conversation. A command offered only in the 1:1 chat reaches the handler only there.
    /// </summary>
    Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken);
}
