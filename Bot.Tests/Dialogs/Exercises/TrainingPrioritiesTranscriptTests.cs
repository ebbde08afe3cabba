using OutcomesBot.Bot.Tests.Support;
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
        Assert.Contains("**Part two, exercise 2** (addressing the challenges)", bot.Text, StringComparison.Ordinal);
        Assert.Contains("**Part two, exercises 5 and 6** (innovative solutions and risk-taking)", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Part two, exercise 9", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Part one, exercise 1", bot.Text, StringComparison.Ordinal);

        var stored = await bot.OnlySessionAsync("training-priorities");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("before", stored.Answers["when"]);
        Assert.Equal(5, stored.Answers.Number("need-challenges"));
        Assert.Equal(4, stored.Answers.Number("need-momentum"));
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
}
