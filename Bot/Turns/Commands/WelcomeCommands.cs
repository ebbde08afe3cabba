using OutcomesBot.Cards.Welcome;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>help, greetings, and the commands whose features are still to come.</summary>
public sealed class WelcomeCommands : ITextCommandHandler
{
    private static readonly HashSet<string> Help = ["help", "?", "commands", "menu"];
    private static readonly HashSet<string> Greetings = ["hi", "hello", "hey", "start", "welcome"];
    private static readonly Dictionary<string, string> Planned = new(StringComparer.Ordinal)
    {
        ["momentum"] = ComingSoon.Momentum,
        ["my data"] = ComingSoon.MyData,
    };

    public bool CanHandle(string command) => Help.Contains(command) || Greetings.Contains(command) || Planned.ContainsKey(command);

    public Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Help.Contains(command))
        {
            return turn.SendCardAsync(HelpCard.Create(turn.IsSharedConversation), cancellationToken);
        }

        return Greetings.Contains(command)
            ? turn.SendCardAsync(WelcomeCard.Create(turn.IsSharedConversation), cancellationToken)
            : turn.SendTextAsync(Planned[command], cancellationToken);
    }
}
