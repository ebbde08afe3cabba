namespace OutcomesBot.Dialogs.Champions;

/// <summary>Tells a team's leader which Microsoft Graph permission the app is missing, why it matters and who can grant it.</summary>
public static class PermissionNeededCard
{
    /// <param name="teamName">The team the sync was for.</param>
    /// <param name="permissions">Each missing application permission and what it is needed for.</param>
    public static AdaptiveCard Create(string? teamName, IReadOnlyList<Fact> permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var team = string.IsNullOrWhiteSpace(teamName) ? "your team" : teamName;
        return FullWidthCard.Create(
            [
                Heading.Of($"OutcomesBot needs a permission for {team}"),
                new TextBlock("Microsoft 365 did not let me do part of my job for your team. Nothing is lost: I keep using the team list Teams gives me, and I try again every day."),
                new TextBlock("Please ask your Microsoft 365 administrator to grant these **application permissions** to the OutcomesBot app in Microsoft Entra (App registrations, API permissions, Microsoft Graph), and then to grant admin consent:"),
                new FactSet(permissions),
                new TextBlock("Once they are granted, the team's owners become its leaders here, and colleagues who have not opened a chat with me yet get one, so check-ins can reach them.") { IsSubtle = true },
            ],
            fallbackText: $"OutcomesBot needs a Microsoft Graph permission for {team}: {string.Join(", ", permissions.Select(p => p.Title))}");
    }
}
