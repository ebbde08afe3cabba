using OutcomesBot.Cards.Model;

namespace OutcomesBot.Cards.Welcome;

/// <summary>The list of commands, marking those that are not ready yet.</summary>
public static class HelpCard
{
    public static AdaptiveCard Create(bool inSharedConversation)
    {
        var facts = CommandCatalog.All
            .Select(command => new Fact(
                command.Name,
                command.Available ? $"{command.Description} ({command.Audience})" : $"{command.Description} ({command.Audience}; coming soon)"))
            .ToList();
        var howTo = inSharedConversation
            ? "@mention me and type one of these, for example **@OutcomesBot help**."
            : "Type one of these in our chat.";
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock("What I can do") { Size = "Large", Weight = "Bolder", Style = "heading" },
                new TextBlock(howTo) { IsSubtle = true, Spacing = "None" },
                new FactSet(facts),
            ],
            Actions = [new ExecuteAction("Back to welcome", WelcomeVerbs.ShowWelcome)],
            FallbackText = "Commands: " + string.Join(", ", CommandCatalog.All.Select(command => command.Name)),
            MsTeams = new TeamsCardProperties(),
        };
    }
}
