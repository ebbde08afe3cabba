namespace OutcomesBot.Cards.Welcome;

/// <summary>The commands the bot understands, in the order the help card lists them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new("help", "Show this list of commands.", "Everyone", Available: true),
        new("exercises", "Pick an exercise from the guide and work through it here, at your own pace.", "Staff and leaders", Available: true),
        new("my log", "See the entries of your learning log.", "Everyone", Available: true),
        new("checkin", "Answer a short check-in on how outcomes-focused practice is going for you.", "Staff", Available: true),
        new("momentum", "See how the team's practice is changing week by week.", "Team leaders", Available: false),
        new("stories", "Share a success story in your team's channel (leaders and champions).", "Leaders and champions", Available: true),
        new("my data", "See, download or delete what the bot keeps about you.", "Everyone", Available: false),
    ];
}
