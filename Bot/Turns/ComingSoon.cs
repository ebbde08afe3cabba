namespace OutcomesBot.Bot.Turns;

/// <summary>What the bot says for the features that are planned but not built yet.</summary>
internal static class ComingSoon
{
    public const string Stories = "Success stories are coming soon: leaders and champions will share them in the team's channels.";
    public const string MyData = "Coming soon: with **my data** you will be able to see, download and delete everything I keep about you.";
}
