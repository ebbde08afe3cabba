namespace OutcomesBot.Dialogs.Welcome;

/// <summary>Every listed command the handlers declare, once each, in their order, grouped by who it is for.</summary>
public static class HelpCard
{
    public static AdaptiveCard Create(IReadOnlyList<BotCommand> commands, bool inSharedConversation)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var listed = commands.Where(command => command.InHelp).OrderBy(command => command.Order).ToList();
        var howTo = inSharedConversation
            ? "@mention me and type one of these, for example @OutcomesBot help. The ones marked 1:1 open in our private chat."
            : "Type one of these in our chat.";
        List<CardElement> body =
        [
            new TextBlock("What I can do") { Size = "Large", Weight = "Bolder", Style = "heading" },
            new TextBlock(howTo) { IsSubtle = true, Spacing = "None" },
        ];
        foreach (var group in listed.GroupBy(command => command.Audience))
        {
            body.Add(new TextBlock(Heading(group.Key)) { Weight = "Bolder", Spacing = "Medium" });
            body.Add(new FactSet([.. group.Select(command => new Fact(command.Name, Describe(command, inSharedConversation)))]) { Spacing = "Small" });
        }

        return FullWidthCard.Create(
            body,
            [new ExecuteAction("Back to welcome", WelcomeVerbs.ShowWelcome)],
            "Commands: " + string.Join(", ", listed.Select(command => command.Name)));
    }

    /// <summary>The help card's heading for an audience.</summary>
    public static string Heading(CommandAudience audience) => audience switch
    {
        CommandAudience.Leaders => "For team leaders",
        CommandAudience.LeadersAndChampions => "For leaders and champions",
        _ => "For everyone",
    };

    private static string Describe(BotCommand command, bool inSharedConversation) =>
        command.Scopes == CommandScopes.Channel ? $"{command.Description} In a team channel."
        : inSharedConversation && !command.IsOfferedIn(CommandScopes.Channel) ? $"{command.Description} Opens in our 1:1 chat."
        : command.Description;
}
