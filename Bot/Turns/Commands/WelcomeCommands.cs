using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>help, greetings and thanks.</summary>
public sealed class WelcomeCommands(WelcomeAudience audience) : ITextCommandHandler
{
    internal const string YoureWelcome = "You're welcome. I'm here whenever you want a check-in, an exercise or your log: type help for the list.";

    public bool CanHandle(string command) =>
        CommandCatalog.Help.Matches(command) || CommandCatalog.Greetings.Contains(command) || CommandCatalog.Thanks.Contains(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (CommandCatalog.Help.Matches(command))
        {
            await turn.SendCardAsync(HelpCard.Create(turn.IsSharedConversation), cancellationToken);
        }
        else if (CommandCatalog.Thanks.Contains(command))
        {
            await turn.SendTextAsync(YoureWelcome, cancellationToken);
        }
        else
        {
            await turn.SendCardAsync(WelcomeCard.Create(turn.IsSharedConversation, await audience.ReachAsync(turn, cancellationToken)), cancellationToken);
        }
    }
}
