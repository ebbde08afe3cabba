using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A team that removed the app gets no story digest and its champions no weekly ask; added back, the digest comes again
/// and covers the weeks it missed (decision 076). Real host on SQLite; the removal and the install are Teams' events in
/// the team's General channel. Before, the removed team's champions were told every week that no stories were shared.
/// </summary>
public sealed class DigestAfterAppRemovedTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_that_removed_the_app_gets_no_digest_and_its_champions_no_ask()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(Story("a", end.AddDays(-2)), Token);
        await ChannelInstallationAsync(bot, "remove");
        bot.App.Connector.Sent.Clear();

        Assert.Equal(0, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));
        await bot.DrainAsync();

        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task Added_back_the_digest_posts_the_story_shared_while_the_app_was_away()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Champion);
        var now = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(Story("a", now.AddDays(-9)), Token);
        var runner = bot.App.Get<StoryDigestRunner>();
        await runner.RunAsync(StoryBot.TeamId, now.AddDays(-14), Token);
        await bot.DrainAsync();
        await ChannelInstallationAsync(bot, "remove");
        await runner.RunAsync(StoryBot.TeamId, now.AddDays(-7), Token);

        await ChannelInstallationAsync(bot, "add");
        bot.App.Connector.Sent.Clear();
        Assert.Equal(1, await runner.RunAsync(StoryBot.TeamId, now, Token));
        await bot.DrainAsync();

        var digest = Assert.Single(bot.App.Connector.Sent);
        Assert.Equal(StoryBot.Channel, digest.ConversationId);
        Assert.Contains("Back to the allotment", digest.CardText, StringComparison.Ordinal);
    }

    private static async Task ChannelInstallationAsync(StoryBot bot, string action)
    {
        var update = Samples.Fresh("installationUpdate-channel");
        update["action"] = action;
        using var response = await bot.App.PostActivityAsync(update);
        response.EnsureSuccessStatusCode();
    }

    private static Story Story(string id, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel,
        AuthorAadObjectId = StoryBot.AlexAad, AuthorName = StoryBot.NameOf(StoryBot.AlexAad), Title = "Back to the allotment",
        Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = at,
    };
}
