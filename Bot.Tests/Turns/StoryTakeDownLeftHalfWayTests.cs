using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 087, through the real host on SQLite and a manual clock: a take-down the author was told to press again for
/// ("is being posted right now"), and never did, is finished by the repeating job once it has been left for ten minutes,
/// with the press's steps: the channel post is deleted and the story removed. Until then it stays marked: out of the
/// team's list, still in its author's.
/// </summary>
public sealed class StoryTakeDownLeftHalfWayTests
{
    private readonly ManualTimeProvider _clock = new(TimeProvider.System.GetUtcNow());

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_take_down_left_at_press_again_is_finished_by_the_job_ten_minutes_on_and_not_before()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: services =>
        {
            StoryBot.NoBackgroundDrain(services);
            services.AddSingleton<TimeProvider>(_clock);
        });
        var storyId = await PostAsync(bot);
        var outbox = bot.App.Get<IOutboxStore>();
        var now = _clock.GetUtcNow();

        // The post is being sent (a drain claimed it) when the author presses: "press again", and they never do.
        Assert.Contains(await outbox.ClaimDueAsync(10, now, now.AddMinutes(2), Token), m => m.Kind == OutboxStoryPublisher.Kind);
        var answer = StoryBot.Text(await bot.PressAsync(StoryVerbs.TakeDown, Id(storyId)));
        Assert.Contains("Press the button again", answer, StringComparison.Ordinal);
        Assert.Contains(StoryTakeDownCards.FinishedForYouText, answer, StringComparison.Ordinal);

        // The claim's lease runs out and the post goes after all.
        _clock.Advance(TimeSpan.FromMinutes(3));
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel && s.Operation == "send");
        var store = bot.App.Get<IStoryStore>();
        Assert.Empty(await store.ListForTeamAsync(StoryBot.TeamId, now.AddDays(-1), now.AddDays(1), Token));
        Assert.Single(await store.ListByAuthorAsync(StoryBot.AlexAad, now.AddDays(-1), now.AddDays(1), Token));

        var job = ActivatorUtilities.CreateInstance<StoryTakeDownFinishJob>(bot.App.Services);
        await job.Execute(Mock.Of<IJobExecutionContext>(), Token);
        Assert.NotNull(await store.GetAsync(storyId, Token));
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.Operation == "delete");

        _clock.Advance(TimeSpan.FromMinutes(8));
        await job.Execute(Mock.Of<IJobExecutionContext>(), Token);

        Assert.Single(bot.App.Connector.Sent, s => s.Operation == "delete");
        Assert.Null(await store.GetAsync(storyId, Token));
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("my stories", StoryBot.AlexAad);
        Assert.DoesNotContain(StoryTurnTests.GoodStory()["title"], Assert.Single(bot.App.Connector.Sent).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_repeats_every_five_minutes_in_the_persistent_scheduler()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(StoryTakeDownFinishJob.Key, Token)));

        Assert.Equal(TimeSpan.FromMinutes(5), trigger.RepeatInterval);
    }

    private static async Task<string> PostAsync(StoryBot bot)
    {
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory());
        var post = StoryBot.DataOf(preview, "Post");
        await bot.PressAsync(StoryVerbs.Post, post);
        return post[StoryDraft.StoryIdKey];
    }

    private static Dictionary<string, string> Id(string storyId) => new() { [StoryDraft.StoryIdKey] = storyId };
}
