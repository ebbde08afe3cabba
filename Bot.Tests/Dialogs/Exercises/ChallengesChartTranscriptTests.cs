using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class ChallengesChartTranscriptTests
{
    [Fact]
    public async Task Challenges_are_added_while_asked_for_and_summarised_most_significant_first()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "challenges-chart" });
        Assert.Contains("Challenges chart", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Challenge 1", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Challenges chart · step 1\n", bot.Text + "\n", StringComparison.Ordinal);
        Assert.Equal(["challenge-1", "significance-1", "individual-1", "organisational-1", "another-1"], bot.InputIds());

        await bot.PressAsync("Next", Challenge(1, "Forms built around services", "low", "true"));
        Assert.Contains("Challenge 2", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Challenges chart · step 2\n", bot.Text + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("up to", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Next", Challenge(2, "A culture wary of risk", "high", "true"));
        await bot.PressAsync("Next", Challenge(3, "Outcomes language feels like jargon", "medium", "false"));

        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("3 challenges, most significant first", bot.Text, StringComparison.Ordinal);
        var text = bot.Text;
        var high = text.IndexOf("A culture wary of risk", StringComparison.Ordinal);
        var medium = text.IndexOf("Outcomes language feels like jargon", StringComparison.Ordinal);
        var low = text.IndexOf("Forms built around services", StringComparison.Ordinal);
        Assert.True(high >= 0 && high < medium && medium < low, text);
        Assert.Contains("Mine for A culture wary of risk", text, StringComparison.Ordinal);
        Assert.Contains("Theirs for Forms built around services", text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Shown, card => card.FallbackText == "Challenges chart: Challenge 4");

        var stored = await bot.OnlySessionAsync("challenges-chart");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("high", stored.Answers["significance-2"]);
        Assert.Equal("false", stored.Answers["another-3"]);
        Assert.Null(stored.Answers["challenge-4"]);
    }

    [Fact]
    public async Task The_sixth_challenge_has_no_add_another_switch()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("challenges-chart");
        for (var n = 1; n <= 5; n++)
        {
            await bot.PressAsync("Next", Challenge(n, $"Challenge number {n}", "medium", "true"));
        }

        Assert.Contains("step 6 of 6", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["challenge-6", "significance-6", "individual-6", "organisational-6"], bot.InputIds());
        await bot.PressAsync("Finish", Challenge(6, "Challenge number 6", "high", null));

        Assert.Contains("6 challenges, most significant first", bot.Text, StringComparison.Ordinal);
        Assert.True(bot.Text.IndexOf("Challenge number 6", StringComparison.Ordinal) < bot.Text.IndexOf("Challenge number 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_significance_that_is_not_an_option_gets_the_step_back_and_nothing_stored()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("challenges-chart");
        var before = await bot.OnlySessionAsync("challenges-chart");

        await bot.PressAsync("Next", Challenge(1, "Time", "enormous", "false"));

        Assert.Contains("Challenge 1", bot.Text, StringComparison.Ordinal);
        Assert.Contains("\"Level of significance\" has a value that is not one of its options.", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync("challenges-chart");
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Answers.Values);
    }

    private static Dictionary<string, string> Challenge(int n, string challenge, string significance, string? another)
    {
        var values = new Dictionary<string, string>
        {
            [$"challenge-{n}"] = challenge,
            [$"significance-{n}"] = significance,
            [$"individual-{n}"] = $"Mine for {challenge}",
            [$"organisational-{n}"] = $"Theirs for {challenge}",
        };
        if (another is not null)
        {
            values[$"another-{n}"] = another;
        }

        return values;
    }
}
