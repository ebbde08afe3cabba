using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class AskingQuestionsTranscriptTests
{
    [Fact]
    public async Task Questions_for_the_person_and_the_carer_are_stored_and_listed_as_a_question_bank()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = "asking-questions" });
        Assert.Contains("Asking the right questions", bot.Text, StringComparison.Ordinal);
        Assert.Contains("my questions", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Questions for the person receiving support", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["person-q1", "person-q2", "person-q3", "person-q4"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["person-q1"] = "What does a good day look like?", ["person-q3"] = "Who do you miss seeing?" });
        Assert.Contains("Questions for an unpaid carer", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["carer-q1", "carer-q2", "carer-q3", "carer-q4"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["carer-q1"] = "How long can you keep this up?" });
        Assert.Equal(["difference"], bot.InputIds());

        await bot.PressAsync("Finish", new Dictionary<string, string> { ["difference"] = "Carers get asked about their own life" });
        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("- What does a good day look like?\n- Who do you miss seeing?", bot.Text, StringComparison.Ordinal);
        Assert.Contains("- How long can you keep this up?", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Carers get asked about their own life", bot.Text, StringComparison.Ordinal);

        var stored = await bot.OnlySessionAsync("asking-questions");
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Null(stored.Answers["person-q2"]);
        Assert.Equal("Who do you miss seeing?", stored.Answers["person-q3"]);

        await bot.PressAsync("My entries");
        Assert.Contains("Asking the right questions: my entries", bot.Text, StringComparison.Ordinal);
        Assert.Contains("For an unpaid carer", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Who do you miss seeing?", bot.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_out_the_first_question_for_a_group_is_refused()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("asking-questions");
        var before = await bot.OnlySessionAsync("asking-questions");

        await bot.PressAsync("Next", new Dictionary<string, string> { ["person-q1"] = " ", ["person-q2"] = "Anything else?" });

        Assert.Contains("Please answer \"Question 1\".", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync("asking-questions");
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Answers.Values);
    }

    [Fact]
    public async Task A_question_longer_than_allowed_is_refused()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("asking-questions");

        await bot.PressAsync("Next", new Dictionary<string, string> { ["person-q1"] = new string('x', 301) });

        Assert.Contains("please keep it to 300", bot.Text, StringComparison.Ordinal);
        Assert.Empty((await bot.OnlySessionAsync("asking-questions")).Answers.Values);
    }
}
