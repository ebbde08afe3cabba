using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class OutcomesBasicsTranscriptTests
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["kind-1"] = "quality-of-life",
        ["kind-2"] = "process",
        ["kind-3"] = "change",
        ["kind-4"] = "change",
        ["kind-5"] = "change",
        ["kind-6"] = "quality-of-life",
    };

    [Fact]
    public async Task Sorting_gets_feedback_as_it_goes_and_a_scored_summary()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "outcomes-basics" });
        Assert.Contains("Outcomes basics", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Three kinds of outcome", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["kind-1", "kind-2", "kind-3", "kind-4", "kind-5", "kind-6"], bot.InputIds());

        await bot.PressAsync("Next", Kinds);
        Assert.Contains("Service-led or outcomes-focused?", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["approach-1", "approach-2", "approach-3", "approach-4"], bot.InputIds());
        Assert.Contains("How you sorted the outcomes: 5 out of 6 right", bot.Text, StringComparison.Ordinal);
        Assert.Contains("You said Change; it is Process.", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Next", new Dictionary<string, string>
        {
            ["approach-1"] = "service-led",
            ["approach-2"] = "outcomes-focused",
            ["approach-3"] = "outcomes-focused",
            ["approach-4"] = "outcomes-focused",
        });

        // The guide's Table 2: what matters to unpaid carers, in its four groups.
        Assert.Contains("What matters to unpaid carers", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["carer-1", "carer-2", "carer-3", "carer-4", "carer-5"], bot.InputIds());
        Assert.Contains("Managing the caring role", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Finish", new Dictionary<string, string>
        {
            ["carer-1"] = "carer-cared-for",
            ["carer-2"] = "carer-own-life",
            ["carer-3"] = "carer-caring-role",
            ["carer-4"] = "carer-process",
            ["carer-5"] = "carer-process",
        });
        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Score: 12 out of 15 right", bot.Text, StringComparison.Ordinal);
        Assert.Contains("You said How services work with the carer; it is Managing the caring role.", bot.Text, StringComparison.Ordinal);
        Assert.Contains("You said Outcomes-focused; it is Service-led.", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Right: Quality of life.", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Reliability is about the way support is delivered.", bot.Text, StringComparison.Ordinal);

        var stored = await bot.OnlySessionAsync("outcomes-basics");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("change", stored.Answers["kind-4"]);
        Assert.Equal("outcomes-focused", stored.Answers["approach-3"]);
    }

    [Fact]
    public async Task A_choice_that_is_not_an_option_gets_the_step_back_and_nothing_stored()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("outcomes-basics");
        var before = await bot.OnlySessionAsync("outcomes-basics");

        await bot.PressAsync("Next", new Dictionary<string, string>(Kinds) { ["kind-3"] = "outputs" });

        Assert.Contains("Three kinds of outcome", bot.Text, StringComparison.Ordinal);
        Assert.Contains("has a value that is not one of its options", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync("outcomes-basics");
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.StepIndex, after.StepIndex);
        Assert.Empty(after.Answers.Values);
    }
}
