using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;

namespace OutcomesBot.Bot.Tests.Scheduler.Delivery;

/// <summary>
/// Decision 097, through the real host on SQLite: the send-time refreshes run by their declared stage, not by the order
/// the features registered them in. A round's summary is built from the answers (Build) before it is told its round's
/// post never went (Amend); with the features' registrations reversed, the summary that goes still says so. Before, the
/// amending refresh ran first on the row's marker, found no card to amend, and the summary went without the line.
/// </summary>
public sealed class OutboxRefreshOrderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_the_refreshes_registered_in_reverse_a_summary_whose_rounds_post_never_went_still_says_so()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: services =>
        {
            StoryBot.NoBackgroundDrain(services);
            Reverse(services);
        });
        var names = bot.App.Get<IEnumerable<IOutboxCardRefresh>>().Select(refresh => refresh.GetType().Name).ToList();
        Assert.True(names.IndexOf(nameof(LearningWordsWithoutThread)) < names.IndexOf(nameof(LearningSummaryRefresh)), "the host registers them in reverse");
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);
        Assert.Equal(2, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(2), Token));
        await RefuseRoundPostAsync(bot, set, 2);
        bot.App.Connector.Sent.Clear();

        // Round 3 comes: round 2's summary goes to the channel's top level, as its post never went.
        Assert.Equal(3, await bot.App.Get<LearningRoundRunner>().RunAsync(set.SetId, set.RoundAt(3), Token));
        await bot.DrainAsync();

        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Equal(StoryBot.Channel, summary.ConversationId);
        Assert.Contains("Round 2's question for \"Conversations about risk\" could not be posted in this channel, so these answers come in a post of their own.", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("Nobody answered this round.", summary.CardText, StringComparison.Ordinal);
    }

    // Every refresh the features registered, registered again in the opposite order.
    internal static void Reverse(IServiceCollection services)
    {
        var refreshes = services.Where(descriptor => descriptor.ServiceType == typeof(IOutboxCardRefresh)).ToList();
        Assert.True(refreshes.Count >= 4);
        foreach (var descriptor in refreshes)
        {
            services.Remove(descriptor);
        }

        refreshes.Reverse();
        foreach (var descriptor in refreshes)
        {
            services.Add(descriptor);
        }
    }

    // Teams refuses the round's post for good (the store's view of a final 403); anything else claimed is handed back.
    private static async Task RefuseRoundPostAsync(StoryBot bot, LearningSet set, int round)
    {
        var outbox = bot.App.Get<IOutboxStore>();
        var now = bot.App.Get<TimeProvider>().GetUtcNow();
        foreach (var claimed in await outbox.ClaimDueAsync(50, now, now.AddMinutes(5), Token))
        {
            Assert.True(claimed.Kind == LearningRoundRunner.PromptKind
                ? await outbox.MarkFailedAsync(claimed, "Forbidden", Token)
                : await outbox.ReleaseAsync(claimed, now, Token));
        }

        var post = await outbox.FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), StoryBot.Channel, LearningRoundRunner.PromptKind), Token);
        Assert.Equal(OutboxStatus.Failed, post?.Status);
    }
}
