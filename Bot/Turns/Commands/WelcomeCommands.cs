namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>help, greetings and thanks.</summary>
public sealed class WelcomeCommands(WelcomeAudience audience, Lazy<CommandTable> table) : ITextCommandHandler
{
    internal static string YoureWelcome(bool inSharedConversation) =>
        $"You're welcome. I'm here whenever you want a check-in, an exercise or your log: {CommandHint.InSentence("help", inSharedConversation)} for the list.";

    public static BotCommand Help { get; } = new("help", "Show this list of commands.", CommandAudience.Everyone, CommandScopes.Everywhere, ["help", "?", "commands", "menu"])
    {
        Order = 10,
    };

    /// <summary>Greetings: answered with the welcome card, but no command the help card lists.</summary>
    public static BotCommand Greetings { get; } = new("hi", "Say hello: the welcome card.", CommandAudience.Everyone, CommandScopes.Everywhere, ["hi", "hello", "hey", "hiya", "start", "welcome", "good morning", "good afternoon"])
    {
        InHelp = false,
        InManifest = false,
    };

    /// <summary>Thanks: answered kindly, but no command the help card lists.</summary>
    public static BotCommand Thanks { get; } = new("thanks", "Say thanks.", CommandAudience.Everyone, CommandScopes.Everywhere, ["thanks", "thank you", "thankyou", "cheers", "ta", "thanks a lot", "thank you so much", "great thanks"])
    {
        InHelp = false,
        InManifest = false,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Help, Greetings, Thanks];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Help.Matches(command))
        {
            await turn.SendCardAsync(HelpCard.Create(table.Value.Listed, turn.IsSharedConversation), cancellationToken);
        }
        else if (Thanks.Matches(command))
        {
            await turn.SendTextAsync(YoureWelcome(turn.IsSharedConversation), cancellationToken);
        }
        else
        {
            await turn.SendCardAsync(await audience.CardAsync(turn, cancellationToken), cancellationToken);
        }
    }
}
