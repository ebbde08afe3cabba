using OutcomesBot.Cards.Welcome;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>help and greetings.</summary>
public sealed class WelcomeCommands : ITextCommandHandler
{
    private static readonly HashSet<string> Help = ["help", "?", "commands", "menu"];
    private static readonly HashSet<string> Greetings = ["hi", "hello", "hey", "start", "welcome"];

    public bool CanHandle(string command) => Help.Contains(command) || Greetings.Contains(command);

    public Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Help.Contains(command)
            ? turn.SendCardAsync(HelpCard.Create(turn.IsSharedConversation), cancellationToken)
            : turn.SendCardAsync(WelcomeCard.Create(turn.IsSharedConversation), cancellationToken);
    }
}
