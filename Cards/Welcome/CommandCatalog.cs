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
        new("rhythm", "Set when your team's check-ins come round, and see how the last one reached people.", "Team leaders", Available: true),
        new("momentum", "See how the team's practice is changing week by week.", "Team leaders", Available: true),
        new("yousaid", "See the themes of the last check-in and send the team your response.", "Team leaders", Available: true),
        new("stories", "Share a success story in your team's channel (leaders and champions).", "Leaders and champions", Available: true),
        new("champions", "Name or remove the champions of a team you lead.", "Team leaders", Available: true),
        new("my data", "See, download or delete what the bot keeps about you (1:1 chat).", "Everyone", Available: true),
    ];
}
