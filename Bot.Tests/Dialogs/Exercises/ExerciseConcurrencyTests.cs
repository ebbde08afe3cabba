using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>Two devices, or a double click, pressing buttons of the same run at the same moment.</summary>
public sealed class ExerciseConcurrencyTests
{
    private const string OutOfDate = "out of date";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_devices_pressing_Next_together_apply_one_answer_and_tell_the_other_where_things_are()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        var phone = bot.Request("Next", Answers("Phone: asked Jean", "Phone: rushed"));
        var laptop = bot.Request("Next", Answers("Laptop: listened", "Laptop: forgot notes"));
        // Both presses read the run before either saves, so the conditional save has to pick one.
        var engine = new ExerciseEngine(ExerciseCatalog.All, new ReadTogetherSessionStore(bot.Store, readers: 2), TimeProvider.System);

        var cards = await Task.WhenAll(
            Task.Run(() => engine.HandleAsync(phone, Token), Token),
            Task.Run(() => engine.HandleAsync(laptop, Token), Token));

        var texts = cards.Select(ExerciseDriver.TextOf).ToList();
        Assert.Single(texts, text => text.Contains(OutOfDate, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.Contains("Looking forward", text, StringComparison.Ordinal));
        var winner = texts[0].Contains(OutOfDate, StringComparison.Ordinal) ? laptop : phone;
        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(2, stored.Version);
        Assert.Equal(1, stored.StepIndex);
        Assert.Equal(winner.Data["worked"], stored.Answers["worked"]);
        Assert.Equal(winner.Data["didnt-work"], stored.Answers["didnt-work"]);
    }

    [Fact]
    public async Task Next_pressed_on_two_threads_without_coordination_still_applies_once()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        var first = bot.Request("Next", Answers("First", "First too"));
        var second = bot.Request("Next", Answers("Second", "Second too"));

        var cards = await Task.WhenAll(Task.Run(() => bot.SendAsync(first), Token), Task.Run(() => bot.SendAsync(second), Token));

        Assert.Single(cards, card => ExerciseDriver.TextOf(card).Contains(OutOfDate, StringComparison.Ordinal));
        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(2, stored.Version);
        Assert.True(stored.Answers["worked"] is "First" or "Second", stored.Answers["worked"]);
        Assert.Equal(stored.Answers["worked"] == "First" ? "First too" : "Second too", stored.Answers["didnt-work"]);
    }

    [Fact]
    public async Task Begin_pressed_twice_at_once_starts_one_run_and_shows_it_on_both()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "learning-log" });
        var begin = bot.Request("Begin");

        var cards = await Task.WhenAll(Task.Run(() => bot.SendAsync(begin), Token), Task.Run(() => bot.SendAsync(begin), Token));

        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.All(cards, card =>
        {
            Assert.Contains("Looking back", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
            Assert.Contains(stored.SessionId, SessionIdsOn(card));
        });
        Assert.Equal(1, stored.Version);
    }

    private static Dictionary<string, string> Answers(string worked, string didntWork) =>
        new(StringComparer.Ordinal) { ["worked"] = worked, ["didnt-work"] = didntWork };

    private static IEnumerable<string> SessionIdsOn(AdaptiveCard card) =>
        (card.Actions ?? []).OfType<ExecuteAction>()
            .Select(action => action.Data?.GetValueOrDefault(ExerciseVerbs.SessionKey)).OfType<string>();
}
