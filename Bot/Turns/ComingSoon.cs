namespace OutcomesBot.Bot.Turns;

/// <summary>What the bot says for the features that are planned but not built yet.</summary>
internal static class ComingSoon
{
    public const string Momentum = "The team momentum view is coming soon: it will show how practice is changing week by week.";
    public const string MyData = "Coming soon: with **my data** you will be able to see, download and delete everything I keep about you.";
}
