using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Reminders;
using Quartz;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The real host on a manual clock for the saved-exercise reminder: Alex (the samples' sender, time zone UTC) has a 1:1
/// chat with the bot; the test presses exercise buttons there, moves the clock, runs the reminder job's planner and the
/// delivery drain directly, and reads what was sent. The scheduler is held back for an hour: its repeating triggers fire
/// once at start, and under load that first drain could come after a test queued a reminder and send it early.
/// </summary>
public sealed class ReminderBot : IAsyncDisposable
{
    /// <summary>A Wednesday, 10:00 UTC: a working day, in the daytime.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    public const string AlexId = "user-id-0";

    private ReminderBot(BotAppFactory app, ManualTimeProvider clock)
    {
        App = app;
        Clock = clock;
    }

    public BotAppFactory App { get; }

    public ManualTimeProvider Clock { get; }

    /// <summary>The conversation id of Alex's 1:1 chat, from the sample the chat was opened with.</summary>
    public static string PersonalChatId => Samples.Fresh("message-personal")["conversation"]!["id"]!.GetValue<string>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<ReminderBot> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new ManualTimeProvider(Start);
        BotAppFactory app = null!;
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Delivery:DrainInterval"] = "01:00:00",
            ["CheckInRhythm:ReminderScanInterval"] = "06:00:00",
        };
        app = new BotAppFactory(all, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.ConfigureAll<QuartzHostedServiceOptions>(hosted => hosted.StartDelay = TimeSpan.FromHours(1));
            var keyed = services.Where(d => d.IsKeyedService && Equals(d.ServiceKey, ConnectorServiceCollectionExtensions.SingleAttemptKey)).ToList();
            keyed.ForEach(d => services.Remove(d));
            services.AddKeyedSingleton<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey, (_, _) => app.Connector);
        });
        var personal = Samples.Fresh("message-personal");
        personal["text"] = "hello";
        await app.PostActivityAsync(personal);
        app.Connector.Sent.Clear();
        var scheduler = await app.Get<ISchedulerFactory>().GetScheduler(Token);
        // The scheduler must not run jobs beside the test's own runs.
        Assert.NotEqual(SchedulerStatus.Running, await scheduler.GetStatus(Token));
        return new ReminderBot(app, clock);
    }

    /// <summary>Opens the learning log, answers step 1, half-answers step 2 and presses Save for later; returns the saved run.</summary>
    public async Task<ExerciseSession> SaveLearningLogOnStepTwoAsync()
    {
        var intro = await App.InvokeCardAsync(ExerciseVerbs.Intro, new JsonObject { [ExerciseVerbs.ExerciseKey] = "learning-log" });
        var step1 = await PressAsync(intro, "Begin");
        var step2 = await PressAsync(step1, "Next", new() { ["worked"] = "Asked Jean what she missed", ["didnt-work"] = "Rushed the review" });
        var saved = await PressAsync(step2, "Save for later", new() { ["learning"] = "Half a thought" });
        Assert.Contains("Saved for later", Text(saved), StringComparison.Ordinal);
        return Assert.Single(await App.Get<IExerciseSessionStore>().ListAsync(AlexId, "learning-log", ExerciseSessionStatus.InProgress, Token));
    }

    /// <summary>Presses the button titled <paramref name="title"/> on <paramref name="card"/> in the 1:1 chat, with these inputs.</summary>
    public async Task<JsonElement> PressAsync(JsonElement card, string title, Dictionary<string, string>? inputs = null)
    {
        var button = CardJsonButtons.Find(card, title);
        var data = button["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value;
        }

        return await App.InvokeCardAsync(button["verb"]!.GetValue<string>(), data);
    }

    /// <summary>Runs the reminder job's work once, as Quartz would; returns how many reminders it queued.</summary>
    public Task<int> RunReminderJobAsync() => App.Get<SavedExerciseReminderPlanner>().QueueDueRemindersAsync(Token);

    public Task<int> DrainAsync() => App.Get<DeliveryEngine>().DrainAsync(Token);

    /// <summary>The saved-exercise reminders the bot sent, in order.</summary>
    public IReadOnlyList<SentActivity> Reminders() =>
        App.Connector.Sent.Where(s => s.CardText.Contains("Your saved exercise", StringComparison.Ordinal)).ToList();

    public static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }
}
