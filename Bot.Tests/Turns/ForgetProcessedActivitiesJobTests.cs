using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Scheduler.Turns;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The job that forgets processed activities (and the replies stored for redeliveries) after the window.</summary>
public sealed class ForgetProcessedActivitiesJobTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private readonly BotAppFactory _app;

    public ForgetProcessedActivitiesJobTests() =>
        _app = new BotAppFactory(configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_job_repeats_every_minute_in_the_persistent_scheduler()
    {
        var scheduler = await _app.Get<ISchedulerFactory>().GetScheduler(Token);

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(ForgetProcessedActivitiesJob.Key, Token)));

        Assert.Equal(TimeSpan.FromMinutes(1), trigger.RepeatInterval);
    }

    [Fact]
    public async Task A_message_handled_more_than_a_day_ago_is_forgotten_and_a_recent_one_is_kept()
    {
        var old = Samples.Fresh("message-personal");
        await _app.PostActivityAsync(old);
        _clock.Advance(TimeSpan.FromHours(25));
        var recent = Samples.Fresh("message-personal");
        await _app.PostActivityAsync(recent);
        var job = ActivatorUtilities.CreateInstance<ForgetProcessedActivitiesJob>(_app.Services);

        await job.Execute(Mock.Of<IJobExecutionContext>(), Token);

        var deduplicator = _app.Get<IActivityDeduplicator>();
        Assert.Equal(0, await deduplicator.ForgetBeforeAsync(_clock.GetUtcNow().AddDays(-1), Token));
        Assert.Equal(ActivityClaimStatus.Completed, (await deduplicator.TryClaimAsync(Conversation(recent), Id(recent), Token)).Status);
        Assert.Equal(ActivityClaimStatus.Claimed, (await deduplicator.TryClaimAsync(Conversation(old), Id(old), Token)).Status);
    }

    [Fact]
    public async Task More_old_claims_than_one_batch_are_all_forgotten_and_newer_ones_kept()
    {
        var deduplicator = _app.Get<IActivityDeduplicator>();
        for (var i = 0; i < 1201; i++)
        {
            Assert.Equal(ActivityClaimStatus.Claimed, (await deduplicator.TryClaimAsync("conversation-old", $"activity-{i}", Token)).Status);
            await deduplicator.CompleteAsync("conversation-old", $"activity-{i}", "{\"statusCode\":200}", Token);
        }

        _clock.Advance(TimeSpan.FromHours(25));
        await deduplicator.TryClaimAsync("conversation-new", "activity-new", Token);

        // The app's own job (every minute) may take one batch of 500 first; whatever it leaves, one call takes the rest in
        // more than one batch.
        Assert.InRange(await deduplicator.ForgetBeforeAsync(_clock.GetUtcNow().AddDays(-1), Token), 701, 1201);
        Assert.Equal(ActivityClaimStatus.Claimed, (await deduplicator.TryClaimAsync("conversation-old", "activity-0", Token)).Status);
        Assert.Equal(ActivityClaimStatus.InProgress, (await deduplicator.TryClaimAsync("conversation-new", "activity-new", Token)).Status);
        Assert.Equal(ActivityClaimStatus.Claimed, (await deduplicator.TryClaimAsync("conversation-old", "activity-1200", Token)).Status);
    }

    [Fact]
    public async Task Under_a_steady_stream_of_turns_the_claims_and_stored_replies_stay_within_one_window()
    {
        // 20 answered turns an hour for three days (three windows), the job run after each hour: the table holds at most
        // the window's turns and the hour being written, and never forgets a turn still inside the window.
        const int perHour = 20;
        var deduplicator = _app.Get<IActivityDeduplicator>();
        var job = ActivatorUtilities.CreateInstance<ForgetProcessedActivitiesJob>(_app.Services);
        var sizes = new List<(long Claims, long Replies)>();
        for (var hour = 0; hour < 72; hour++)
        {
            for (var turn = 0; turn < perHour; turn++)
            {
                await deduplicator.TryClaimAsync("a:steady", $"activity-{hour}-{turn}", Token);
                await deduplicator.CompleteAsync("a:steady", $"activity-{hour}-{turn}", "{\"from\":\"x\",\"body\":{\"statusCode\":200}}", Token);
            }

            _clock.Advance(TimeSpan.FromHours(1));
            await job.Execute(Mock.Of<IJobExecutionContext>(), Token);
            sizes.Add(await SizeAsync());
        }

        Assert.All(sizes, size => Assert.InRange(size.Claims, 0, 25 * perHour));
        Assert.All(sizes, size => Assert.InRange(size.Replies, 0, size.Claims));
        Assert.InRange(sizes[^1].Claims, 24 * perHour, 25 * perHour);
        Assert.Equal(ActivityClaimStatus.Completed, (await deduplicator.TryClaimAsync("a:steady", "activity-71-0", Token)).Status);
    }

    private async Task<(long Claims, long Replies)> SizeAsync() =>
        await _app.Get<OutcomesBot.Bot.Storage.Sqlite.SqliteDatabase>().QueryFirstAsync(
            "SELECT COUNT(*), COUNT(response) FROM processed_activities WHERE conversation_id = 'a:steady';",
            _ => { }, reader => (reader.GetInt64(0), reader.GetInt64(1)), Token);

    private static string Conversation(System.Text.Json.Nodes.JsonNode activity) => activity["conversation"]!["id"]!.GetValue<string>();

    private static string Id(System.Text.Json.Nodes.JsonNode activity) => activity["id"]!.GetValue<string>();
}
