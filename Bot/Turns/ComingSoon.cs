namespace OutcomesBot.Bot.Turns;

/// <summary>What the bot says for the features that are planned but not built yet.</summary>
internal static class ComingSoon
{
    public const string Stories = "Success stories are coming soon: leaders and champions will share them in the team's channels.";
}
