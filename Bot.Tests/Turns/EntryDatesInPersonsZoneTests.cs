using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Sharing;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// An exercise entry is dated by the person's own day, in the time zone Teams reports for them, not by its UTC date. A care
/// worker in London who finishes a learning-log entry at 00:30 on a June night (23:30 UTC) sees it recorded that day: in the
/// summary, in "my log" (the button and the typed command), and on every card of the entry sent to one person.
/// </summary>
public sealed class EntryDatesInPersonsZoneTests : IDisposable
{
    private const string London = "Europe/London";

    // Monday 15 June 2026, 00:30 in London (BST, UTC+1) = Sunday 14 June, 23:30 UTC.
    private static readonly DateTimeOffset JustAfterMidnightInLondon = new(2026, 6, 14, 23, 30, 0, TimeSpan.Zero);

    private readonly BotAppFactory _app = new(configureServices: LondonNight);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_learning_log_finished_after_midnight_in_London_is_dated_that_day()
    {
        var summary = await FinishedLearningLogAsync();

        var text = string.Join('\n', CardTexts.Of(summary));
        Assert.Contains("your summary", text, StringComparison.Ordinal);
        Assert.Contains("Recorded 15 June 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_entries_dates_an_entry_finished_after_midnight_in_London_by_that_day()
    {
        var entries = await PressAsync(await FinishedLearningLogAsync(), "My entries");

        var text = string.Join('\n', CardTexts.Of(entries));
        Assert.Contains("my entries", text, StringComparison.Ordinal);
        Assert.Contains("15 June 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("14 June 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_my_log_dates_an_entry_finished_after_midnight_in_London_by_that_day()
    {
        await FinishedLearningLogAsync();
        var message = Samples.Fresh("message-personal");
        message["text"] = "my log";
        message["localTimezone"] = London;
        var before = _app.Connector.Sent.Count;

        await _app.PostActivityAsync(message);

        var log = Assert.Single(_app.Connector.Sent.Skip(before)).CardText;
        Assert.Contains("15 June 2026", log, StringComparison.Ordinal);
        Assert.DoesNotContain("14 June 2026", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_sent_to_one_person_is_dated_by_the_senders_day_on_every_card()
    {
        // A clock that runs (from a quarter of an hour after the entry), since delivery waits on real timers.
        var clock = new ShiftedTimeProvider(JustAfterMidnightInLondon.AddMinutes(15) - TimeProvider.System.GetUtcNow());
        await using var bot = await StoryBot.CreateAsync(configureServices: services => services.AddSingleton<TimeProvider>(clock));
        var entry = LearningLogNote.Entry(StoryBot.TeamsIdOf(StoryBot.RobinAad), EntryShareTurnTests.Note, JustAfterMidnightInLondon);
        Assert.True(await bot.App.Get<IExerciseSessionStore>().TryAddAsync(entry, Token));

        var summary = await bot.PressAsync(ExerciseVerbs.Summary, ExerciseCards.SessionData(entry), StoryBot.RobinAad, localTimezone: London);
        var picker = await bot.PressAsync(EntryShareVerbs.Pick, StoryBot.DataOf(summary, "Send to one person"), StoryBot.RobinAad, localTimezone: London);
        var pick = StoryBot.DataOf(picker, "Preview");
        pick[EntryShareVerbs.ToKey] = StoryBot.AlexAad;
        var preview = await bot.PressAsync(EntryShareVerbs.Preview, pick, StoryBot.RobinAad, localTimezone: London);
        await bot.PressAsync(EntryShareVerbs.Send, StoryBot.DataOf(preview, "Send to Alex Wilber"), StoryBot.RobinAad, localTimezone: London);
        await bot.DrainAsync();
        await bot.DrainAsync();

        const string Dated = "Sent to you on 15 June 2026; written 15 June 2026.";
        Assert.Contains("Recorded 15 June 2026", StoryBot.Text(summary), StringComparison.Ordinal);
        Assert.Contains("entry of 15 June 2026", StoryBot.Text(picker), StringComparison.Ordinal);
        Assert.Contains(Dated, StoryBot.Text(preview), StringComparison.Ordinal);
        var sent = bot.App.Connector.Sent.ToList();
        Assert.Single(sent, s => s.CardText.Contains(Dated, StringComparison.Ordinal));
        Assert.Single(sent, s => s.CardText.Contains("the entry you sent on 15 June 2026", StringComparison.Ordinal));
    }

    private static void LondonNight(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(JustAfterMidnightInLondon));
        services.ConfigureAll<QuartzHostedServiceOptions>(hosted => hosted.StartDelay = TimeSpan.FromHours(1));
    }

    private async Task<JsonElement> FinishedLearningLogAsync()
    {
        var intro = await PressAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" });
        var step1 = await PressAsync(intro, "Begin");
        var step2 = await PressAsync(step1, "Next", new() { ["worked"] = "Asked Jean what she missed", ["didnt-work"] = "Rushed the review" });
        return await PressAsync(step2, "Finish", new() { ["learning"] = "Slow down", ["application"] = "Book longer reviews" });
    }

    private Task<JsonElement> PressAsync(JsonElement card, string title, Dictionary<string, string>? inputs = null)
    {
        var button = CardJsonButtons.Find(card, title);
        var data = button["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value;
        }

        return PressAsync(button["verb"]!.GetValue<string>(), data);
    }

    // An Action.Execute from a phone in London: Teams says so in localTimezone and clientInfo.
    private async Task<JsonElement> PressAsync(string verb, JsonObject data)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["localTimezone"] = London;
        invoke["localTimestamp"] = "2026-06-15T00:30:00.000+01:00";
        invoke["timestamp"] = "2026-06-14T23:30:00.000Z";
        invoke["entities"]![0]!["timezone"] = London;
        invoke["entities"]![0]!["country"] = "GB";
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        using var response = await _app.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();
        return body.GetProperty("value").Clone();
    }
}
