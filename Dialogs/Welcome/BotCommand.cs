namespace OutcomesBot.Dialogs.Welcome;

/// <summary>
/// A command a person can type (or @mention the bot with): the name the help card and the manifest show, what it does,
/// who it is for, where it is offered, and every wording the bot accepts for it (the name first). A command whose
/// <see cref="TakesArguments"/> is set also accepts its name followed by more words (<c>digest friday 15:30</c>).
/// </summary>
public sealed record BotCommand(string Name, string Description, CommandAudience Audience, CommandScopes Scopes, IReadOnlyList<string> Words)
{
    public bool TakesArguments { get; init; }

    /// <summary>
    /// False for a command the help card lists and the bot accepts, but which the manifest leaves out: Teams shows at most
    /// 12 command suggestions per scope, so the least-needed ones are typed from the help card instead.
    /// </summary>
    public bool InManifest { get; init; } = true;

    /// <summary>True if the normalised text is one of this command's wordings.</summary>
    public bool Matches(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Words.Contains(command, StringComparer.Ordinal)
            || (TakesArguments && command.StartsWith(Name + " ", StringComparison.Ordinal));
    }

    public bool IsOfferedIn(CommandScopes scope) => (Scopes & scope) != 0;
}
