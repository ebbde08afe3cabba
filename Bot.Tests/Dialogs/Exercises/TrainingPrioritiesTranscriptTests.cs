using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class TrainingPrioritiesTranscriptTests
{
    [Fact]
    public async Task Ratings_are_stored_and_the_summary_points_to_the_sections_for_the_highest_needs()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "training-priorities" });
        Assert.Contains("Training priorities", bot.Text, StringComparison.Ordinal);
        Assert.Contains("5 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Before or after training?", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["when"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["when"] = "before" });
        Assert.Contains("Understanding the approach", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["need-understanding", "need-benefits", "need-challenges", "need-listening"], bot.InputIds());
        Assert.Contains("5 (high)", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["need-understanding"] = "2", ["need-benefits"] = "1", ["need-challenges"] = "5", ["need-listening"] = "3" });
        Assert.Equal(["need-implementing", "need-difference", "need-momentum"], bot.InputIds());

        await bot.PressAsync("Finish", new Dictionary<string, string> { ["need-implementing"] = "5", ["need-difference"] = "2", ["need-momentum"] = "4" });
        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Rated before training", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Your highest rating is 5", bot.Text, StringComparison.Ordinal);
        // The guide's contents, not its priorities table: challenges are exercise three (2.1); there is no exercise nine.
        Assert.Contains("Part two, 2.1, exercise three (addressing the challenges)", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Part two, 2.3, exercises five and six (innovative solutions and risk-taking)", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("exercise 2", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("exercise 9", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Part one", bot.Text, StringComparison.Ordinal);
        Assert.Equal(
            [("Open Challenges chart", "challenges-chart"), ("Open Innovative solutions", "innovative-solutions"), ("Open Risk-taking", "risk-ratings")],
            bot.Card.Body.OfType<ActionSet>().SelectMany(set => set.Actions).OfType<ExecuteAction>()
                .Where(a => a.Verb == ExerciseVerbs.Intro).Select(a => (a.Title, a.Data!["exercise"])));

        var stored = await bot.OnlySessionAsync("training-priorities");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("before", stored.Answers["when"]);
        Assert.Equal(5, stored.Answers.Number("need-challenges"));
        Assert.Equal(4, stored.Answers.Number("need-momentum"));
    }

    [Fact]
    public async Task Rating_everything_5_does_not_say_start_with_all_six_areas()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await RateAsync(bot, "before", 5, 5, 5, 5, 5, 5, 5);

        Assert.Contains("no single one stands out", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Start with", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("exercise three", bot.Text, StringComparison.Ordinal);
        var button = Assert.Single(bot.Card.Body.OfType<ActionSet>().SelectMany(set => set.Actions).OfType<ExecuteAction>());
        Assert.Equal("outcomes-basics", button.Data!["exercise"]);
    }

    [Fact]
    public async Task A_second_audit_is_set_against_the_first_and_says_how_the_needs_moved()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await ExerciseDriver.CreateAsync(timeProvider: time);
        await RateAsync(bot, "before", 4, 4, 5, 3, 5, 2, 4);
        Assert.DoesNotContain("Then", bot.Text, StringComparison.Ordinal);

        time.Advance(TimeSpan.FromDays(60));
        await RateAsync(bot, "after", 2, 2, 3, 3, 5, 2, 4);

        Assert.Contains("Rated after training, against your audit of 2 March 2026", bot.Text, StringComparison.Ordinal);
        var table = Assert.Single(bot.Card.Body.OfType<Table>());
        Assert.Equal(["Learning need", "Then", "Now"], table.Rows[0].Cells.Select(Text));
        Assert.Equal(["Dealing with the challenges", "5", "3"], table.Rows[3].Cells.Select(Text));
        Assert.Contains("The need has eased in 3 areas and grown in none.", bot.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Low_ratings_everywhere_say_that_nothing_stands_out()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("training-priorities");
        await bot.PressAsync("Next", new Dictionary<string, string> { ["when"] = "after" });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["need-understanding"] = "1", ["need-benefits"] = "2", ["need-challenges"] = "1", ["need-listening"] = "1" });
        await bot.PressAsync("Finish", new Dictionary<string, string> { ["need-implementing"] = "2", ["need-difference"] = "1", ["need-momentum"] = "1" });

        Assert.Contains("Rated after training", bot.Text, StringComparison.Ordinal);
        Assert.Contains("no area stands out", bot.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_out_of_range_gets_the_step_back_with_a_problem_and_nothing_stored()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("training-priorities");
        await bot.PressAsync("Next", new Dictionary<string, string> { ["when"] = "before" });
        var before = await bot.OnlySessionAsync("training-priorities");

        await bot.PressAsync("Next", new Dictionary<string, string> { ["need-understanding"] = "9", ["need-benefits"] = "1", ["need-challenges"] = "5", ["need-listening"] = "3" });

        Assert.Contains("Understanding the approach", bot.Text, StringComparison.Ordinal);
        Assert.Contains("must be a whole number from 1 to 5", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync("training-priorities");
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.StepIndex, after.StepIndex);
        Assert.Equal(before.Answers.Values, after.Answers.Values);
        Assert.Null(after.Answers["need-benefits"]);
    }

    private static async Task RateAsync(ExerciseDriver bot, string when, params int[] r)
    {
        await bot.BeginAsync("training-priorities");
        await bot.PressAsync("Next", new Dictionary<string, string> { ["when"] = when });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["need-understanding"] = $"{r[0]}", ["need-benefits"] = $"{r[1]}", ["need-challenges"] = $"{r[2]}", ["need-listening"] = $"{r[3]}" });
        await bot.PressAsync("Finish", new Dictionary<string, string> { ["need-implementing"] = $"{r[4]}", ["need-difference"] = $"{r[5]}", ["need-momentum"] = $"{r[6]}" });
    }

    private static string Text(TableCell cell) => string.Join(' ', cell.Items.OfType<TextBlock>().Select(t => t.Text));
}
