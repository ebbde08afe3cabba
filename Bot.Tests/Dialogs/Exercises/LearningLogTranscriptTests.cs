using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class LearningLogTranscriptTests
{
    [Fact]
    public async Task A_learning_log_entry_is_recorded_and_listed_in_my_log()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "learning-log" });
        Assert.Contains("Learning log", bot.Text, StringComparison.Ordinal);
        Assert.Contains("10 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Looking back", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["worked", "didnt-work"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["worked"] = "Asked Jean what she missed most", ["didnt-work"] = "Rushed the review" });
        Assert.Contains("Looking forward", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Finish", new Dictionary<string, string> { ["learning"] = "Slow down", ["application"] = "Book longer reviews" });
        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Asked Jean what she missed most", bot.Text, StringComparison.Ordinal);
        Assert.Contains("None noted.", bot.Text, StringComparison.Ordinal);

        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("Book longer reviews", stored.Answers["application"]);
        Assert.Null(stored.Answers["actions"]);

        await bot.PressAsync("My entries");
        Assert.Contains("22 November 2026", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Slow down", bot.Text, StringComparison.Ordinal);
    }
}
