using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.ProgressChart;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class ProgressChartTranscriptTests
{
    private const string Exercise = ProgressChartExercise.Id;

    [Fact]
    public async Task A_progress_chart_is_recorded_and_summarised_section_by_section()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = Exercise });
        Assert.Contains("What difference has it made?", bot.Text, StringComparison.Ordinal);
        Assert.Contains("15 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("The outcome", bot.Text, StringComparison.Ordinal);
        Assert.Contains("e.g. feeling safer at home", CardJson.Serialize(bot.Card), StringComparison.Ordinal);
        Assert.Equal(["outcome", "steps"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string>
        {
            ["outcome"] = "Catriona has more to do in the day",
            ["steps"] = "Cut day centre to two days; introduced a film volunteer",
        });
        Assert.Contains("What has changed, in their words", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["person-says", "carer-says"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["person-says"] = "I help at the cinema now", ["carer-says"] = string.Empty });
        Assert.Contains("What made the difference", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["differences", "enablers", "barriers"], bot.InputIds());

        await bot.PressAsync("Finish", new Dictionary<string, string>
        {
            ["differences"] = "We started from what she enjoys",
            ["enablers"] = "Her sister's day off",
            ["barriers"] = "Waiting for the volunteer check",
        });

        var stored = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("Catriona has more to do in the day", stored.Answers["outcome"]);
        Assert.Equal("I help at the cinema now", stored.Answers["person-says"]);
        Assert.Null(stored.Answers["carer-says"]);

        Assert.Contains("What difference has it made? Your summary", bot.Text, StringComparison.Ordinal);
        var lines = bot.Text.Split('\n');
        Assert.Equal("Catriona has more to do in the day", After(lines, "Outcome"));
        Assert.Equal("I help at the cinema now", After(lines, "What the person says has changed"));
        Assert.Equal("Not recorded.", After(lines, "What their carer says"));
        Assert.Equal("Her sister's day off", After(lines, "What helped"));
        Assert.Equal("Waiting for the volunteer check", After(lines, "What held it back"));
    }

    [Fact]
    public async Task An_outcome_longer_than_allowed_gets_the_same_step_back_and_stores_nothing()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        var before = await bot.OnlySessionAsync(Exercise);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["outcome"] = new string('x', 301), ["steps"] = "Some steps" });

        Assert.DoesNotContain("Please check these", bot.Text, StringComparison.Ordinal);
        Assert.Contains("please keep it to 300", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["outcome", "steps"], bot.InputIds());
        var after = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Answers.Values);
    }

    [Fact]
    public async Task Its_title_is_a_question_so_the_stop_summary_and_entries_headings_read_as_sentences()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);

        await bot.PressAsync("Stop");
        Assert.Contains("Stop \u201CWhat difference has it made?\u201D", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("??", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync(ExerciseStopCard.KeepIt);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["outcome"] = "More to do in the day", ["steps"] = "A film volunteer" });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["person-says"] = "I help at the cinema now" });
        await bot.PressAsync("Finish", new Dictionary<string, string> { ["differences"] = "Starting from what she enjoys", ["enablers"] = "Her sister" });
        var summary = CardJson.Serialize(bot.Card);
        await bot.PressAsync("My entries");

        Assert.Contains("What difference has it made? Your summary", summary, StringComparison.Ordinal);
        Assert.Contains("What difference has it made? My entries", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("?:", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("?:", CardJson.Serialize(bot.Card), StringComparison.Ordinal);
    }

    private static string After(string[] lines, string heading) => lines[Array.IndexOf(lines, heading) + 1];
}
