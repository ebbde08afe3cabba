using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// Someone who removes the app from their 1:1 chat gets nothing more, and someone who adds it back gets messages again
/// (decision 076). Through the real host on SQLite with a manual clock: a saved-exercise reminder is queued by the job's
/// planner and sent by the real delivery engine and sender; the uninstall and install are Teams' installationUpdate
/// events in that chat. The reminder stands for every personal kind: the check is the engine's, before any kind's own.
/// </summary>
public sealed class RemovedAppDeliveryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reminder_queued_before_the_person_removed_the_app_is_not_sent_then_or_later()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await bot.RunReminderJobAsync());

        await InstallationUpdateAsync(bot, "remove");
        await bot.DrainAsync();
        bot.Clock.Advance(TimeSpan.FromDays(1));
        await bot.RunReminderJobAsync();
        await bot.DrainAsync();

        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task Someone_Teams_refused_as_blocked_who_adds_the_app_back_gets_their_next_reminder()
    {
        await BlockedThenBackGetsTheNextReminderAsync(bot => InstallationUpdateAsync(bot, "add"));
    }

    // Decision 079: Teams sends no event when someone unblocks the bot; a message from them in the 1:1 chat is the sign.
    [Fact]
    public async Task Someone_Teams_refused_as_blocked_who_writes_to_the_bot_gets_their_next_reminder()
    {
        await BlockedThenBackGetsTheNextReminderAsync(bot => MessageAsync(bot, "hello"));
    }

    // Teams refuses a reminder as blocked; the person comes back (how is the test's); their next reminder goes to the 1:1 chat.
    private static async Task BlockedThenBackGetsTheNextReminderAsync(Func<ReminderBot, Task> comeBack)
    {
        await using var bot = await ReminderBot.CreateAsync();
        var blocked = await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await bot.RunReminderJobAsync());
        bot.App.Connector.RefuseSendsTo = ReminderBot.PersonalChatId;
        await bot.DrainAsync();
        Assert.Empty(bot.Reminders());

        bot.App.Connector.RefuseSendsTo = null;
        await comeBack(bot);
        await StopAsync(bot, blocked);
        await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await bot.RunReminderJobAsync());
        await bot.DrainAsync();

        var reminder = Assert.Single(bot.Reminders());
        Assert.Equal(ReminderBot.PersonalChatId, reminder.ConversationId);
    }

    [Fact]
    public async Task A_chat_recorded_as_removed_before_people_were_marked_gets_nothing_either()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await bot.SaveLearningLogOnStepTwoAsync();
        bot.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await bot.RunReminderJobAsync());

        // What an uninstall left in the store before decision 076: the chat marked, the person not.
        await bot.App.Get<IConversationStore>().MarkUninstalledAsync(ReminderBot.PersonalChatId, bot.Clock.GetUtcNow(), Token);
        await bot.DrainAsync();

        Assert.Empty(bot.App.Connector.Sent);
    }

    /// <summary>A guard, not a fix: the mark an uninstall leaves goes when the app is added back.</summary>
    [Fact]
    public async Task Someone_who_removed_the_app_and_added_it_back_gets_their_next_reminder()
    {
        await using var bot = await ReminderBot.CreateAsync();
        await bot.SaveLearningLogOnStepTwoAsync();
        await InstallationUpdateAsync(bot, "remove");
        await InstallationUpdateAsync(bot, "add");

        bot.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await bot.RunReminderJobAsync());
        await bot.DrainAsync();

        Assert.Single(bot.Reminders());
    }

    // Teams sends these in the person's own 1:1 chat, from the person.
    private static async Task InstallationUpdateAsync(ReminderBot bot, string action)
    {
        var update = Samples.Fresh("installationUpdate-personal");
        update["action"] = action;
        update["conversation"]!["id"] = ReminderBot.PersonalChatId;
        using var response = await bot.App.PostActivityAsync(update);
        response.EnsureSuccessStatusCode();
    }

    // The person writes in their own 1:1 chat.
    private static async Task MessageAsync(ReminderBot bot, string text)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;
        using var response = await bot.App.PostActivityAsync(message);
        response.EnsureSuccessStatusCode();
    }

    private static async Task StopAsync(ReminderBot bot, ExerciseSession run)
    {
        var data = new JsonObject(ExerciseCards.SessionData(run).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        var resumed = await bot.App.InvokeCardAsync(ExerciseVerbs.Resume, data);
        var confirm = await bot.PressAsync(resumed, "Stop");
        await bot.PressAsync(confirm, "Stop and delete");
    }
}
