namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// A card verb prefix a handler claims (<c>checkin.</c>, or a whole verb such as <c>help.show</c>), and where its buttons
/// work. A personal-only button pressed elsewhere never reaches the handler: when it opens the card of
/// <see cref="Command"/> (<see cref="OpensInChat"/>), it is opened in the presser's 1:1 chat; otherwise the presser is
/// told to open the chat and type <see cref="Command"/> there.
/// </summary>
public sealed record VerbPrefix(string Prefix, CommandScopes Scopes)
{
    /// <summary>The command that opens the same card in the 1:1 chat, named in the answer to a press elsewhere.</summary>
    public BotCommand? Command { get; init; }

    /// <summary>True for a button that opens <see cref="Command"/>'s card: pressed in a channel, it opens in the 1:1 chat.</summary>
    public bool OpensInChat { get; init; }

    /// <summary>A prefix for buttons that work only in the 1:1 chat.</summary>
    public static VerbPrefix Personal(string prefix, BotCommand? command = null) => new(prefix, CommandScopes.Personal) { Command = command };

    /// <summary>A personal button that opens <paramref name="command"/>'s card, in the 1:1 chat when pressed elsewhere.</summary>
    public static VerbPrefix Opens(string verb, BotCommand command) => new(verb, CommandScopes.Personal) { Command = command, OpensInChat = true };

    /// <summary>A prefix for buttons that work wherever the card is.</summary>
    public static VerbPrefix Everywhere(string prefix) => new(prefix, CommandScopes.Everywhere);

    public bool Covers(string verb) => verb.StartsWith(Prefix, StringComparison.Ordinal);
}
