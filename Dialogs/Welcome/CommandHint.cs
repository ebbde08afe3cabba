namespace OutcomesBot.Dialogs.Welcome;

/// <summary>
/// How a reply tells someone to type a command, for where they read it. In the 1:1 chat the command is enough; in a
/// channel or group chat the bot hears only messages that @mention it, so the hint says so, with the bot's name as the
/// help and welcome cards give it.
/// </summary>
public static class CommandHint
{
    /// <summary>The bot's mention, as people pick it in Teams (the manifest's short name).</summary>
    public const string Mention = "@OutcomesBot";

    /// <summary>"Type **help**", or in a channel or group chat "@mention me (@OutcomesBot) and type **help**"; <paramref name="command"/> as it should show.</summary>
    public static string Type(string command, bool inSharedConversation) =>
        inSharedConversation ? MentionAndType(command) : "Type " + command;

    /// <summary><see cref="Type"/> inside a sentence: "type **help**", or "@mention me (@OutcomesBot) and type **help**".</summary>
    public static string InSentence(string command, bool inSharedConversation) =>
        inSharedConversation ? MentionAndType(command) : "type " + command;

    private static string MentionAndType(string command) => $"@mention me ({Mention}) and type {command}";
}
