using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Retention;
using Quartz;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// The daily retention purge on the real host, the same bodies on SQLite and on Azure Tables: old raw answers go,
/// recent ones and everything anonymous stay, a message still waiting to be sent is never purged.
/// </summary>
public abstract class RetentionContract(PersonalDataBackend backend)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Now);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_job_removes_answers_older_than_the_retention_and_keeps_recent_ones_and_aggregates()
    {
        await using var app = await StartAsync("24");
        var alex = PersonalDataSeed.Alex;
        await alex.WriteAsync(app.Services, Now.AddMonths(-1), Token);
        await alex.WriteAnswersAsync(app.Services, "old-run", Now.AddMonths(-25), Token);
        await PersonalDataSeed.Blake.WriteAnswersAsync(app.Services, "blake-old-run", Now.AddMonths(-24).AddDays(-1), Token);
        await app.Get<ITeamStore>().UpsertTeamAsync(new Team { TeamId = PersonalDataSeed.TeamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", UpdatedAt = Now.AddMonths(-30) }, Token);
        await app.Get<ICheckInCycleLog>().RecordAsync(new CheckInCycleFiring(PersonalDataSeed.TeamId, Now.AddMonths(-30), Now.AddMonths(-30), "firing-1"), Token);
        var anonymousBefore = await backend.AnonymousCountsAsync(app, Token);

        await new RetentionJob(app.Get<IServiceScopeFactory>()).Execute(new Mock<IJobExecutionContext>().Object, Token);

        var runs = await app.Get<IExerciseSessionStore>().ListAsync(alex.TeamsUserId, null, null, Token);
        Assert.Equal("run-" + alex.Marker, Assert.Single(runs).SessionId);
        var answers = await app.Get<ICheckInStore>().ListAnswersForPersonAsync(alex.TeamsUserId, Token);
        Assert.Equal(Now.AddMonths(-1), Assert.Single(answers).AnsweredAt);
        Assert.Empty(await app.Get<ICheckInStore>().ListAnswersForPersonAsync(PersonalDataSeed.Blake.TeamsUserId, Token));
        Assert.Empty(await app.Get<IExerciseSessionStore>().ListAsync(PersonalDataSeed.Blake.TeamsUserId, null, null, Token));
        Assert.NotNull(await app.Get<IPersonStore>().GetAsync(alex.TeamsUserId, Token));
        Assert.Equal(Now.AddMonths(-1).AddDays(-1), (await app.Get<ICheckInStore>().GetPreferencesAsync(alex.TeamsUserId, Token)).PausedUntil);

        // The team's answers from the recent cycle stay for its totals; the team's cycles, the team and its firings name nobody.
        Assert.Single(await app.Get<ICheckInStore>().ListAnswersAsync(PersonalDataSeed.TeamId, Now.AddYears(-5), Now, Token));
        foreach (var answered in new[] { Now.AddMonths(-1), Now.AddMonths(-25), Now.AddMonths(-24).AddDays(-1) })
        {
            Assert.NotNull(await app.Get<ICheckInStore>().GetCycleAsync(PersonalDataSeed.TeamCycleId + "-" + answered.ToString("yyyyMMdd", CultureInfo.InvariantCulture), Token));
        }

        Assert.Single(await app.Get<ITeamStore>().ListTeamsAsync(Token));
        Assert.Single(await app.Get<ICheckInCycleLog>().ListAsync(PersonalDataSeed.TeamId, Token));
        Assert.True(anonymousBefore.Values.Sum() >= 2, $"only {anonymousBefore.Values.Sum()} anonymous rows were seeded");
        Assert.Equal(anonymousBefore, await backend.AnonymousCountsAsync(app, Token));
    }

    [Fact]
    public async Task A_shorter_retention_removes_more()
    {
        await using var app = await StartAsync("1");
        await PersonalDataSeed.Alex.WriteAnswersAsync(app.Services, "two-months-ago", Now.AddMonths(-2), Token);
        await PersonalDataSeed.Alex.WriteAnswersAsync(app.Services, "last-week", Now.AddDays(-7), Token);

        await PurgeAsync(app);

        Assert.Equal("last-week", Assert.Single(await app.Get<IExerciseSessionStore>().ListAsync(PersonalDataSeed.Alex.TeamsUserId, null, null, Token)).SessionId);
        Assert.Equal(Now.AddDays(-7), Assert.Single(await app.Get<ICheckInStore>().ListAnswersForPersonAsync(PersonalDataSeed.Alex.TeamsUserId, Token)).AnsweredAt);
    }

    [Fact]
    public async Task A_message_still_waiting_or_being_sent_is_never_purged_and_an_old_finished_one_is()
    {
        await using var app = await StartAsync("24");
        var outbox = app.Get<IOutboxStore>();
        var old = Now.AddMonths(-30);
        var waiting = Message("old-waiting", old) with { NextAttemptAt = Now.AddDays(1) };
        var sending = Message("old-sending", old);
        var sent = Message("old-sent", old);
        var recentFailed = Message("recent-failed", Now.AddMonths(-1));
        await outbox.EnqueueAsync([waiting, sending, sent, recentFailed], Token);
        var claimed = (await outbox.ClaimDueAsync(10, Now, Now.AddMinutes(5), Token)).ToDictionary(message => message.CycleId);
        Assert.Equal(["old-sending", "old-sent", "recent-failed"], claimed.Keys.Order(StringComparer.Ordinal));
        Assert.True(await outbox.MarkSentAsync(claimed["old-sent"], "activity-1", old.AddMinutes(1), Token));
        Assert.True(await outbox.MarkFailedAsync(claimed["recent-failed"], "Forbidden", Token));

        await PurgeAsync(app);

        Assert.Equal(OutboxStatus.Pending, (await outbox.FindAsync(waiting.IdempotencyKey, Token))?.Status);
        Assert.Equal(OutboxStatus.Sending, (await outbox.FindAsync(sending.IdempotencyKey, Token))?.Status);
        Assert.Null(await outbox.FindAsync(sent.IdempotencyKey, Token));
        Assert.Equal(OutboxStatus.Failed, (await outbox.FindAsync(recentFailed.IdempotencyKey, Token))?.Status);

        // The waiting message is still sent when it falls due.
        Assert.Contains(waiting.IdempotencyKey, (await outbox.ClaimDueAsync(10, Now.AddDays(2), Now.AddDays(2).AddMinutes(5), Token)).Select(message => message.IdempotencyKey));
    }

    [Fact]
    public async Task A_run_started_long_ago_but_saved_recently_stays_in_progress_and_one_untouched_since_goes()
    {
        await using var app = await StartAsync("24");
        var sessions = app.Get<IExerciseSessionStore>();
        var person = PersonalDataSeed.Alex.TeamsUserId;
        var started = Now.AddMonths(-30);
        var kept = new ExerciseSession
        {
            SessionId = "kept", PersonId = person, ExerciseId = "learning-log", Status = ExerciseSessionStatus.InProgress, Version = 1, StartedAt = started, UpdatedAt = started,
        };
        Assert.True(await sessions.TryAddAsync(kept, Token));
        Assert.True(await sessions.TryUpdateAsync(kept with { StepIndex = 1, UpdatedAt = Now.AddDays(-1) }, 1, Token));
        Assert.True(await sessions.TryAddAsync(kept with { SessionId = "abandoned", ExerciseId = "risk-rating" }, Token));

        await PurgeAsync(app);

        Assert.Equal(1, (await sessions.FindInProgressAsync(person, "learning-log", Token))?.StepIndex);
        Assert.Null(await sessions.GetAsync(person, "abandoned", Token));

        // Nothing of the purged run blocks a new one of the same exercise.
        Assert.True(await sessions.TryAddAsync(kept with { SessionId = "fresh", ExerciseId = "risk-rating", UpdatedAt = Now }, Token));
    }

    // Decision 093: what a delete kept of a pause (084) goes once the pause has ended; a kept stop, a kept pause still
    // running, a row the person changed since the delete and an ordinary ended pause of someone with answers stay.
    [Fact]
    public async Task A_kept_pause_that_has_ended_goes_and_a_kept_stop_a_running_pause_and_a_persons_own_row_stay()
    {
        await using var app = await StartAsync("24");
        var checkIns = app.Get<ICheckInStore>();
        var (alex, blake) = (PersonalDataSeed.Alex, PersonalDataSeed.Blake);
        await alex.WriteAsync(app.Services, Now.AddMonths(-1), Token);
        (string Id, CheckInPreferences Before)[] deleters =
        [
            ("29:ended-pause", new("29:ended-pause") { PausedUntil = Now.AddDays(7), RemindersSent = new Dictionary<string, int> { ["cycle-1"] = 1 } }),
            ("29:running-pause", new("29:running-pause") { PausedUntil = Now.AddDays(28) }),
            ("29:stopped", new("29:stopped") { OptedOut = true }),
            ("29:paused-again", new("29:paused-again") { PausedUntil = Now.AddDays(7) }),
            (blake.TeamsUserId, new(blake.TeamsUserId) { PausedUntil = Now.AddDays(7), SnoozedUntil = Now.AddDays(1) }),
        ];
        foreach (var (id, before) in deleters)
        {
            await checkIns.SavePreferencesAsync(before, Token);
            await app.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(id, null), Token);
        }

        // Paused again after the delete: the row is the person's own choice again, not what the delete kept.
        _clock.Advance(TimeSpan.FromDays(1));
        await checkIns.SavePreferencesAsync(new CheckInPreferences("29:paused-again") { PausedUntil = Now.AddDays(7).AddHours(1) }, Token);
        _clock.Advance(TimeSpan.FromDays(14));

        await new RetentionJob(app.Get<IServiceScopeFactory>()).Execute(new Mock<IJobExecutionContext>().Object, Token);

        var stored = await checkIns.GetPreferencesAsync([.. deleters.Select(deleter => deleter.Id), alex.TeamsUserId], Token);
        Assert.Null(stored["29:ended-pause"].PausedUntil);
        Assert.Null(stored[blake.TeamsUserId].PausedUntil);
        Assert.Equal(Now.AddDays(28), stored["29:running-pause"].PausedUntil);
        Assert.True(stored["29:stopped"].OptedOut);
        Assert.Equal(Now.AddDays(7).AddHours(1), stored["29:paused-again"].PausedUntil);
        Assert.Equal(Now.AddMonths(-1).AddDays(-1), stored[alex.TeamsUserId].PausedUntil);
        Assert.Single(await checkIns.ListAnswersForPersonAsync(alex.TeamsUserId, Token));
        Assert.Empty(await backend.MentionsAsync(app, blake, Token));

        // The running pause goes too once it has ended; the stop never does.
        _clock.Advance(TimeSpan.FromDays(14));
        await PurgeAsync(app);
        stored = await checkIns.GetPreferencesAsync(["29:running-pause", "29:stopped"], Token);
        Assert.Null(stored["29:running-pause"].PausedUntil);
        Assert.True(stored["29:stopped"].OptedOut);
    }

    private static OutboxMessage Message(string cycleId, DateTimeOffset createdAt) =>
        OutboxMessage.Create(cycleId, PersonalDataSeed.Blake.TeamsUserId, "tenant-1", "checkin", $$"""{"text":"{{PersonalDataSeed.Blake.Marker}}"}""", createdAt);

    private Task<BotAppFactory> StartAsync(string months) =>
        backend.CreateAppAsync(
            new Dictionary<string, string?> { ["Retention:RawAnswersMonths"] = months },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)),
            Token);

    private static async Task PurgeAsync(BotAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(Token);
    }
}

public sealed class RetentionOnSqlite() : RetentionContract(PersonalDataBackend.Sqlite());

[Slow]
public sealed class RetentionOnAzurite(Azurite azurite) : RetentionContract(PersonalDataBackend.Azure(azurite));
