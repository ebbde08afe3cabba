using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.EffectiveFeedback;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class EffectiveFeedbackTranscriptTests
{
    private const string Exercise = EffectiveFeedbackExercise.Id;

    [Fact]
    public async Task The_summary_names_the_missing_qualities_and_suggests_where_to_start()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = Exercise });
        Assert.Contains("Effective feedback", bot.Text, StringComparison.Ordinal);
        Assert.Contains("10 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("What makes feedback work", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["qualities", "else"], bot.InputIds());

        // The client may send ticked options in any order; they are kept in the guide's order.
        await bot.PressAsync("Next", new Dictionary<string, string> { ["qualities"] = "examples,timely", ["else"] = "Hearing it face to face" });
        Assert.Contains("Good moments for feedback", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["moments", "moments-other"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["moments"] = "supervision,other", ["moments-other"] = "Lunchtime huddles" });
        Assert.Contains("The ways feedback happens now", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["satisfaction", "adapting", "how"], bot.InputIds());

        await bot.PressAsync("Finish", new Dictionary<string, string> { ["satisfaction"] = "2", ["adapting"] = "partly", ["how"] = "Add outcome stories to supervision" });

        var stored = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("timely,examples", stored.Answers["qualities"]);
        Assert.Equal("supervision,other", stored.Answers["moments"]);
        Assert.Equal("2", stored.Answers["satisfaction"]);

        var lines = bot.Text.Split('\n');
        Assert.Equal("- Timely and regular\n- Backed by examples", After(lines, "Already there", 2));
        Assert.Equal("- Clear, plain language\n- Balanced, with solutions", After(lines, "Missing", 2));
        Assert.Equal("- Supervision\n- Lunchtime huddles", After(lines, "Good moments for feedback", 2));
        Assert.Contains("2 of 5", bot.Text, StringComparison.Ordinal);
        Assert.Contains("A little", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Add outcome stories to supervision", bot.Text, StringComparison.Ordinal);
        Assert.StartsWith("Clear, plain language: ", After(lines, "Where to start", 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_all_four_qualities_nothing_is_missing()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["qualities"] = "timely,plain,examples,balanced" });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["moments"] = "team-meetings" });
        await bot.PressAsync("Finish", new Dictionary<string, string> { ["satisfaction"] = "5", ["adapting"] = "no" });

        var lines = bot.Text.Split('\n');
        Assert.Equal("Nothing: your team's feedback has all four.", After(lines, "Missing", 1));
        Assert.Equal(EffectiveFeedbackSummary.AllPresent, After(lines, "Where to start", 1));
        Assert.DoesNotContain("How", lines);
    }

    [Fact]
    public async Task A_satisfaction_outside_the_scale_gets_the_same_step_back_and_stores_nothing()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["qualities"] = "timely" });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["moments"] = "supervision" });
        var before = await bot.OnlySessionAsync(Exercise);

        await bot.PressAsync("Finish", new Dictionary<string, string> { ["satisfaction"] = "9", ["adapting"] = "yes" });

        Assert.Contains("The ways feedback happens now", bot.Text, StringComparison.Ordinal);
        Assert.Contains("must be a whole number from 1 to 5", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.InProgress, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Answers.Values.OrderBy(v => v.Key, StringComparer.Ordinal), after.Answers.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
        Assert.Null(after.Answers["adapting"]);
    }

    /// <summary>The <paramref name="count"/> lines under a heading, joined (a bullet list is one text split over lines).</summary>
    private static string After(string[] lines, string heading, int count) =>
        string.Join('\n', lines.Skip(Array.IndexOf(lines, heading) + 1).Take(count));
}
