using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 092: once the author index is whole, <c>my stories</c> reads it alone, so a story must never be in its team's
/// list without being in its author's. A post cut short between its two index rows (the instance dies, the request
/// fails) is the one way that could happen; the story store writes the author's row first. Through the real host on
/// Azurite, with the write of the second index row failing once.
/// </summary>
[Slow]
public sealed class StoryPostCutShortOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_post_cut_short_between_its_index_rows_is_not_in_the_team_s_list_without_its_author_s_and_a_second_press_lists_it_in_both()
    {
        var cut = new CutShortWrites();
        await using var bot = await StoryBot.CreateAsync(
            alex: TeamRole.Champion, settings: await azurite.StorageSettingsAsync("bot", Token), configureServices: services =>
            {
                StoryBot.NoBackgroundDrain(services);
                var options = new TableClientOptions();
                options.AddPolicy(cut, HttpPipelinePosition.PerCall);
                services.RemoveAll<TableClientOptions>();
                services.AddSingleton(options);
            });
        Assert.Equal(0, await bot.App.Get<IStoryIndexBackfill>().RunAsync(Token));
        var store = bot.App.Get<IStoryStore>();
        var now = TimeProvider.System.GetUtcNow();
        var story = new Story
        {
            StoryId = "cut-short", TeamId = StoryBot.TeamId, TenantId = "t", ChannelId = StoryBot.Channel, AuthorAadObjectId = StoryBot.AlexAad,
            AuthorName = "Alex Wilber", Title = "Back to the allotment", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = now.AddMinutes(-1),
        };

        // Whichever index row goes second fails: the story and the first row are stored.
        cut.FailTheSecondIndexWrite = true;
        await Assert.ThrowsAsync<RequestFailedException>(() => store.TryAddAsync(story, Token));
        var inTeam = (await store.ListForTeamAsync(StoryBot.TeamId, now.AddDays(-1), now, Token)).Any(s => s.StoryId == "cut-short");
        var inAuthors = (await store.ListByAuthorAsync(StoryBot.AlexAad, now.AddDays(-1), now, Token)).Any(s => s.StoryId == "cut-short");

        // With the team's row written first, it was in the team's list (and its digest) and not in Alex's "my stories".
        Assert.False(inTeam && !inAuthors);

        Assert.False(await store.TryAddAsync(story, Token));
        await bot.SayAsync("my stories", StoryBot.AlexAad);
        Assert.Contains("Back to the allotment", Assert.Single(bot.App.Connector.Sent).CardText, StringComparison.Ordinal);
        Assert.Contains(await store.ListForTeamAsync(StoryBot.TeamId, now.AddDays(-1), now, Token), s => s.StoryId == "cut-short");
    }

    // Fails, once, the second write of an index row ("team|" or "author|" partition) after it is armed.
    private sealed class CutShortWrites : HttpPipelineSynchronousPolicy
    {
        private int _indexWrites;

        public bool FailTheSecondIndexWrite { get; set; }

        public override void OnSendingRequest(HttpMessage message)
        {
            var uri = Uri.UnescapeDataString(message.Request.Uri.ToString());
            var indexWrite = message.Request.Method != RequestMethod.Get
                && (uri.Contains("PartitionKey='team|", StringComparison.Ordinal) || uri.Contains("PartitionKey='author|", StringComparison.Ordinal));
            if (FailTheSecondIndexWrite && indexWrite && ++_indexWrites == 2)
            {
                FailTheSecondIndexWrite = false;
                throw new RequestFailedException(503, "The instance stopped here.");
            }
        }
    }
}
