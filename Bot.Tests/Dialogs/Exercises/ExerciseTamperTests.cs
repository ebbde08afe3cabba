using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>Cards whose data was changed, copied from someone else, left out of date, or filled in wrongly.</summary>
public sealed class ExerciseTamperTests
{
    private const string NotRight = "Something isn't right";
    private const string OutOfDate = "out of date";
    private const string AlexWorked = "Asked Jean what she missed most";

    [Fact]
    public async Task Another_persons_card_is_refused_and_shows_none_of_their_answers()
    {
        await using var bot = await AlexOnStepTwoAsync();
        var before = await SnapshotAsync(bot);

        var card = await bot.SendAsync(bot.Request("Finish", new Dictionary<string, string> { ["learning"] = "Sam's", ["application"] = "Sam's" }, personId: "29:sam"));

        var text = ExerciseDriver.TextOf(card);
        Assert.Contains(NotRight, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AlexWorked, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rushed the review", text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
        Assert.Empty(await bot.Store.ListAsync("29:sam", null, null, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(ExerciseVerbs.Resume)]
    [InlineData(ExerciseVerbs.Summary)]
    [InlineData(ExerciseVerbs.Restart)]
    [InlineData(ExerciseVerbs.Cancel)]
    public async Task Another_person_cannot_open_restart_or_stop_a_run_by_its_id(string verb)
    {
        await using var bot = await AlexOnStepTwoAsync();
        var before = await SnapshotAsync(bot);
        var next = bot.Request("Finish");

        var card = await bot.SendAsync(next with { PersonId = "29:sam", Verb = verb });

        Assert.Contains(NotRight, ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.DoesNotContain(AlexWorked, ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Theory]
    [InlineData(ExerciseVerbs.Intro)]
    [InlineData(ExerciseVerbs.Begin)]
    [InlineData(ExerciseVerbs.History)]
    [InlineData(ExerciseVerbs.Next)]
    public async Task An_unknown_exercise_id_is_refused(string verb)
    {
        await using var bot = await AlexOnStepTwoAsync();
        var before = await SnapshotAsync(bot);
        var request = bot.Request("Finish", new Dictionary<string, string> { ["exercise"] = "no-such-exercise", ["learning"] = "x", ["application"] = "y" });

        var card = await bot.SendAsync(request with { Verb = verb });

        Assert.Contains(NotRight, ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Theory]
    [InlineData("exercise.delete")]
    [InlineData("exercise.")]
    [InlineData("exercise.NEXT")]
    public async Task An_unknown_verb_is_refused(string verb)
    {
        await using var bot = await AlexOnStepTwoAsync();
        var before = await SnapshotAsync(bot);

        var card = await bot.SendAsync(bot.Request("Finish") with { Verb = verb });

        Assert.Contains(NotRight, ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Theory]
    [InlineData("0", "2")]
    [InlineData("1", "1")]
    [InlineData("1", "3")]
    [InlineData("1", "two")]
    [InlineData("", "")]
    public async Task A_card_from_another_step_or_version_shows_the_current_step_and_changes_nothing(string step, string version)
    {
        await using var bot = await AlexOnStepTwoAsync();
        var before = await SnapshotAsync(bot);
        var finish = bot.Request("Finish", new Dictionary<string, string> { ["learning"] = "x", ["application"] = "y", ["step"] = step, ["version"] = version });

        var card = await bot.SendAsync(finish);

        var text = ExerciseDriver.TextOf(card);
        Assert.Contains(OutOfDate, text, StringComparison.Ordinal);
        Assert.Contains("Looking forward", text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Fact]
    public async Task An_old_step_one_card_pressed_again_does_not_overwrite_the_answers()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        var oldNext = bot.Request("Next", new Dictionary<string, string> { ["worked"] = "Old", ["didnt-work"] = "Old" });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["worked"] = AlexWorked, ["didnt-work"] = "Rushed the review" });
        var before = await SnapshotAsync(bot);

        var card = await bot.SendAsync(oldNext);

        Assert.Contains(OutOfDate, ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("Looking forward", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Fact]
    public async Task An_old_start_again_button_does_not_wipe_answers_given_since()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        await bot.PressAsync("Save for later");
        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "learning-log" });
        var oldStartAgain = bot.Request("Start again");
        await bot.PressAsync("Carry on where I left off");
        await bot.PressAsync("Next", new Dictionary<string, string> { ["worked"] = AlexWorked, ["didnt-work"] = "Rushed the review" });
        var before = await SnapshotAsync(bot);

        var card = await bot.SendAsync(oldStartAgain);

        Assert.Contains(OutOfDate, ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Fact]
    public async Task A_missing_required_answer_is_listed_and_what_was_typed_is_kept()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        var before = await SnapshotAsync(bot);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["worked"] = AlexWorked, ["didnt-work"] = "   " });

        Assert.Contains("Please answer \"What didn't work?\"", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Looking back", bot.Text, StringComparison.Ordinal);
        Assert.Equal(AlexWorked, bot.InputValue("worked"));
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Fact]
    public async Task An_answer_over_the_length_limit_is_refused()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        var before = await SnapshotAsync(bot);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["worked"] = new string('a', 1001), ["didnt-work"] = "Fine" });

        Assert.Contains("1001 characters long", bot.Text, StringComparison.Ordinal);
        Assert.Equal("Fine", bot.InputValue("didnt-work"));
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Fact]
    public async Task Data_keys_the_step_does_not_ask_for_are_ignored()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");

        await bot.PressAsync("Next", new Dictionary<string, string>
        {
            ["worked"] = AlexWorked,
            ["didnt-work"] = "Rushed the review",
            ["learning"] = "Slipped in from step two",
            ["isAdmin"] = "true",
            ["verb"] = "exercise.delete",
        });

        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(["didnt-work", "worked"], stored.Answers.Values.Keys.Order());
        Assert.Contains("Looking forward", bot.Text, StringComparison.Ordinal);
    }

    private static async Task<ExerciseDriver> AlexOnStepTwoAsync()
    {
        var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        await bot.PressAsync("Next", new Dictionary<string, string> { ["worked"] = AlexWorked, ["didnt-work"] = "Rushed the review" });
        return bot;
    }

    /// <summary>Everything stored for the person, in a form two snapshots can be compared by.</summary>
    private static async Task<string> SnapshotAsync(ExerciseDriver bot)
    {
        var sessions = await bot.Store.ListAsync(bot.PersonId, null, null, TestContext.Current.CancellationToken);
        return string.Join('\n', sessions.Select(s =>
            $"{s.SessionId} {s.Status} step {s.StepIndex} v{s.Version} {s.UpdatedAt:O} {string.Join(';', s.Answers.Values.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}"));
    }
}
