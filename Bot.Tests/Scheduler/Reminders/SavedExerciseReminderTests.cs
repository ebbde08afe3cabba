using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Scheduler.Reminders;

/// <summary>
/// The one gentle reminder for an exercise saved for later, through the real host on SQLite with a manual clock (the
/// same scenarios run on Azurite in SavedExerciseReminderOnAzuriteTests): the job's planner and the delivery drain are
/// run directly, as Quartz would run them.
/// </summary>
public sealed class SavedExerciseReminderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public Task A_run_saved_a_week_ago_gets_one_reminder_in_the_1to1_chat_however_often_the_job_runs_and_Carry_on_resumes_it() =>
        OneReminderThenCarryOnAsync(null);

    [Fact]
    public Task Stop_reminding_me_is_kept_in_my_data_and_no_reminder_comes_until_it_is_turned_back_on() =>
        TurnedOffAsync(null);

    [Fact]
    public async Task A_run_stopped_after_its_reminder_was_queued_gets_none_and_a_finished_run_is_never_queued()
    {
        await using var bot = await ReminderBot.CreateAsync();
        var run = await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await bot.RunReminderJobAsync());

        var resumed = await bot.App.InvokeCardAsync(ExerciseVerbs.Resume, Data(run));
        var confirm = await bot.PressAsync(resumed, "Stop");
        Assert.Contains("stopped", ReminderBot.Text(await bot.PressAsync(confirm, "Stop and delete")), StringComparison.Ordinal);
        await bot.DrainAsync();
        Assert.Empty(bot.Reminders());

        var finished = await bot.SaveLearningLogOnStepTwoAsync();
        var step2 = await bot.App.InvokeCardAsync(ExerciseVerbs.Resume, Data(finished));
        var summary = await bot.PressAsync(step2, "Finish", new() { ["learning"] = "Slow down", ["application"] = "Book longer reviews" });
        bot.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Contains("your summary", ReminderBot.Text(summary), StringComparison.Ordinal);
        Assert.Equal(0, await bot.RunReminderJobAsync());
        await bot.DrainAsync();
        Assert.Empty(bot.Reminders());
    }

    [Fact]
    public async Task A_run_not_yet_a_week_old_or_found_in_the_persons_quiet_hours_waits_and_then_gets_its_reminder()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await bot.SaveLearningLogOnStepTwoAsync();

        bot.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await bot.RunReminderJobAsync());

        // Wednesday 22:00 UTC, Alex's zone: quiet hours (20:00 to 08:00), so the run waits for the morning.
        bot.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(12));
        Assert.Equal(0, await bot.RunReminderJobAsync());
        bot.Clock.Advance(TimeSpan.FromHours(10));
        Assert.Equal(1, await bot.RunReminderJobAsync());
    }

    [Fact]
    public async Task Stop_reminding_me_pressed_in_a_channel_changes_nothing()
    {
        await using var bot = await ReminderBot.CreateAsync();
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["conversation"] = new System.Text.Json.Nodes.JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = "00000000-0000-0000-0000-0000000000001", ["id"] = "team-id" };
        invoke["value"]!["action"]!["verb"] = ReminderVerbs.TurnOff;
        invoke["value"]!["action"]!["data"] = new System.Text.Json.Nodes.JsonObject();
        using var response = await bot.App.PostActivityAsync(invoke);

        Assert.Contains("Reminders are personal", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.False((await bot.App.Get<ICheckInStore>().GetPreferencesAsync(ReminderBot.AlexId, Token)).SavedExerciseRemindersOff);
    }

    [Fact]
    public async Task With_reminders_switched_off_for_everyone_none_is_queued_and_one_already_queued_is_not_sent()
    {
        await using var bot = await ReminderBot.CreateAsync(new Dictionary<string, string?> { ["Reminders:SavedExerciseEnabled"] = "false" });
        var run = await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(8));
        await bot.App.Get<OutcomesBot.Scheduler.Delivery.IOutboxStore>().EnqueueAsync(
            [OutcomesBot.Scheduler.Delivery.OutboxMessage.Create(ReminderVerbs.CycleOf(run.SessionId), ReminderBot.AlexId, string.Empty, ReminderVerbs.SavedExerciseKind, "{}", bot.Clock.GetUtcNow())], Token);

        Assert.Equal(0, await bot.RunReminderJobAsync());
        await bot.DrainAsync();
        Assert.Empty(bot.App.Connector.Sent);
    }

    [Theory]
    [InlineData("00:00:01")]
    [InlineData("91.00:00:00")]
    public void A_reminder_delay_outside_1_hour_to_90_days_stops_the_host(string after)
    {
        using var app = new BotAppFactory(new Dictionary<string, string?> { ["Reminders:SavedExerciseAfter"] = after });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("SavedExerciseAfter", error.ToString(), StringComparison.Ordinal);
    }

    internal static async Task OneReminderThenCarryOnAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        await using var bot = await ReminderBot.CreateAsync(settings);
        var run = await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));

        var queued = new[] { await bot.RunReminderJobAsync(), await bot.RunReminderJobAsync() };
        await bot.DrainAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));
        queued = [.. queued, await bot.RunReminderJobAsync()];
        await bot.DrainAsync();

        Assert.Equal([1, 0, 0], queued);
        var reminder = Assert.Single(bot.Reminders());
        Assert.Equal(ReminderBot.PersonalChatId, reminder.ConversationId);
        Assert.Contains("You saved **Learning log** for later, at step 2 of 2.", reminder.CardText, StringComparison.Ordinal);
        var resumed = await bot.PressAsync(reminder.Card!.Value, "Carry on");
        Assert.Contains("Learning log · step 2", ReminderBot.Text(resumed), StringComparison.Ordinal);
        Assert.Contains("Half a thought", resumed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(run.Version, (await bot.App.Get<IExerciseSessionStore>().GetAsync(ReminderBot.AlexId, run.SessionId, Token))!.Version);
    }

    internal static async Task TurnedOffAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        await using var bot = await ReminderBot.CreateAsync(settings);
        var person = new PersonIdentity(ReminderBot.AlexId, BotAppFactory.SampleSenderAad);
        await bot.SaveLearningLogOnStepTwoAsync();
        var off = await bot.App.InvokeCardAsync(ReminderVerbs.TurnOff, []);
        bot.Clock.Advance(TimeSpan.FromDays(8));

        Assert.Contains("Reminders turned off", ReminderBot.Text(off), StringComparison.Ordinal);
        Assert.Equal(0, await bot.RunReminderJobAsync());
        await bot.DrainAsync();
        Assert.Empty(bot.Reminders());
        var exported = (await bot.App.Get<PersonalDataControl>().ExportAsync(person, Token)).ToJsonString().Replace("_", "", StringComparison.Ordinal);
        Assert.Matches("(?i)\"savedexerciseremindersoff\":(true|1)", exported);

        var on = await bot.PressAsync(off, "Turn reminders back on");
        Assert.Contains("Reminders turned on", ReminderBot.Text(on), StringComparison.Ordinal);
        Assert.Equal(1, await bot.RunReminderJobAsync());

        await bot.App.Get<PersonalDataControl>().DeleteAsync(person, Token);
        var afterDelete = (await bot.App.Get<PersonalDataControl>().ExportAsync(person, Token)).ToJsonString().Replace("_", "", StringComparison.Ordinal);
        Assert.DoesNotContain("savedexerciseremindersoff", afterDelete, StringComparison.OrdinalIgnoreCase);
    }

    private static System.Text.Json.Nodes.JsonObject Data(ExerciseSession run) =>
        new(ExerciseCards.SessionData(run).Select(p => KeyValuePair.Create(p.Key, (System.Text.Json.Nodes.JsonNode?)p.Value)));
}
