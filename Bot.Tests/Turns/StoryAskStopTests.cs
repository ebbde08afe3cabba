using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The weekly ask for a story, in a champion's 1:1 chat, says who can stop it and how (decisions 076 and 079).</summary>
public sealed class StoryAskStopTests
{
    [Fact]
    public async Task The_ask_for_a_story_says_a_leader_stops_it_with_digest_off()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        bot.App.Connector.Sent.Clear();

        await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, TimeProvider.System.GetUtcNow(), TestContext.Current.CancellationToken);
        await bot.DrainAsync();

        var ask = Assert.Single(bot.App.Connector.Sent);
        Assert.NotEqual(StoryBot.Channel, ask.ConversationId);
        Assert.Contains("A team leader can stop it for everyone, and the digest: they @mention me in the team channel and type **digest off**.", ask.CardText, StringComparison.Ordinal);
    }
}
