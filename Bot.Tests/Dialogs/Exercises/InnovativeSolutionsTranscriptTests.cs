using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class InnovativeSolutionsTranscriptTests
{
    [Fact]
    public async Task A_guide_scenario_skips_the_own_scenario_step_and_the_summary_shows_both_solutions()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "innovative-solutions" });
        Assert.Contains("Innovative solutions", bot.Text, StringComparison.Ordinal);
        Assert.Contains("30 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Choose a scenario", bot.Text, StringComparison.Ordinal);
        Assert.Contains("**Helen**:", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["scenario"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["scenario"] = "helen" });
        Assert.Contains("Brainstorm", bot.Text, StringComparison.Ordinal);
        Assert.Contains("step 2 of 4", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["usual-way", "alternatives"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["usual-way"] = "Keep her in the home", ["alternatives"] = "Church volunteers; a walking buddy" });
        Assert.Contains("Best solution", bot.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["solution-1-idea", "solution-1-reasons", "solution-1-resources", "solution-1-partners", "solution-1-barriers", "solution-1-overcome"],
            bot.InputIds());

        await bot.PressAsync("Next", Solution(1, "Church volunteers walk with her"));
        Assert.Contains("Second-best solution", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Finish", Solution(2, "Baking in the home kitchen with a member of staff"));

        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Scenario: Helen", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Church volunteers walk with her", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Partners for Baking in the home kitchen with a member of staff", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Shown, card => card.FallbackText == "Innovative solutions: Your scenario");

        var stored = await bot.OnlySessionAsync("innovative-solutions");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("helen", stored.Answers["scenario"]);
        Assert.Null(stored.Answers["own-scenario"]);
        Assert.Equal("Barriers for Church volunteers walk with her", stored.Answers["solution-1-barriers"]);
    }

    [Fact]
    public async Task My_own_scenario_asks_for_it_and_the_summary_shows_it()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("innovative-solutions");

        await bot.PressAsync("Next", new Dictionary<string, string> { ["scenario"] = "own" });
        Assert.Contains("Your scenario", bot.Text, StringComparison.Ordinal);
        Assert.Contains("step 2 of 5", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["own-scenario"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["own-scenario"] = "Ray wants to keep fishing" });
        Assert.Contains("Ray wants to keep fishing", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["usual-way"] = "Day centre", ["alternatives"] = "Angling club" });
        await bot.PressAsync("Next", Solution(1, "Angling club membership"));
        await bot.PressAsync("Finish", Solution(2, "Fishing with his nephew"));

        Assert.Contains("Scenario: My own scenario", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Ray wants to keep fishing", bot.Text, StringComparison.Ordinal);
        Assert.Equal("Ray wants to keep fishing", (await bot.OnlySessionAsync("innovative-solutions")).Answers["own-scenario"]);
    }

    [Fact]
    public async Task A_scenario_that_is_not_an_option_gets_the_step_back_and_nothing_stored()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("innovative-solutions");
        var before = await bot.OnlySessionAsync("innovative-solutions");

        await bot.PressAsync("Next", new Dictionary<string, string> { ["scenario"] = "michael" });

        Assert.Contains("Choose a scenario", bot.Text, StringComparison.Ordinal);
        Assert.Contains("has a value that is not one of its options", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync("innovative-solutions");
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Answers.Values);
    }

    private static Dictionary<string, string> Solution(int n, string idea) => new()
    {
        [$"solution-{n}-idea"] = idea,
        [$"solution-{n}-reasons"] = $"Reasons for {idea}",
        [$"solution-{n}-resources"] = $"Resources for {idea}",
        [$"solution-{n}-partners"] = $"Partners for {idea}",
        [$"solution-{n}-barriers"] = $"Barriers for {idea}",
        [$"solution-{n}-overcome"] = $"Overcoming for {idea}",
    };
}
