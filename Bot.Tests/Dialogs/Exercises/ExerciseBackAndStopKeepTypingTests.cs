using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>
/// What a person typed on an exercise step survives "Back" and "Stop" then "Keep it": Back and Stop send the step's inputs,
/// Back keeps them with the run (nothing required yet), and the stop confirmation's "Keep it" carries them and saves them.
/// </summary>
public sealed class ExerciseBackAndStopKeepTypingTests
{
    private static readonly Dictionary<string, string> StepOne = new() { ["worked"] = "Asked Jean what she missed", ["didnt-work"] = "Rushed the review" };
    private const string Typed = "Slow down and let Jean lead the review";

    [Fact]
    public async Task Pressing_Back_then_Next_brings_back_what_was_typed_on_the_later_step()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        await bot.PressAsync("Next", StepOne);

        // On "Looking forward" the person types, then goes back to re-read step 1.
        await bot.PressAsync("Back", new Dictionary<string, string> { ["learning"] = Typed });
        await bot.PressAsync("Next", StepOne);

        Assert.Equal(Typed, bot.InputValue("learning"));
    }

    [Fact]
    public async Task Pressing_Stop_then_Keep_it_brings_back_what_was_typed_on_the_step()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");

        await bot.PressAsync("Stop", StepOne);
        await bot.PressAsync(ExerciseStopCard.KeepIt);

        Assert.Equal(StepOne["worked"], bot.InputValue("worked"));
    }

    [Fact]
    public async Task Stop_then_Keep_it_saves_what_was_typed_so_that_it_is_there_on_carrying_on_later()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");

        await bot.PressAsync("Stop", new Dictionary<string, string> { ["worked"] = StepOne["worked"] });
        await bot.PressAsync(ExerciseStopCard.KeepIt);

        var session = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(ExerciseSessionStatus.InProgress, session.Status);
        Assert.Equal(StepOne["worked"], session.Answers["worked"]);
    }

    [Fact]
    public async Task Stop_then_Keep_it_with_a_value_the_check_refuses_keeps_the_answer_stored_before()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        await bot.PressAsync("Next", StepOne);
        await bot.PressAsync("Back", new Dictionary<string, string>());

        // Back on step 1, the person pastes something far too long over an answer already saved, then stops and keeps it.
        await bot.PressAsync("Stop", new Dictionary<string, string> { ["worked"] = new string('x', 1001), ["didnt-work"] = StepOne["didnt-work"] });
        await bot.PressAsync(ExerciseStopCard.KeepIt);

        var session = await bot.OnlySessionAsync("learning-log");
        Assert.Equal((StepOne["worked"], StepOne["didnt-work"]), (session.Answers["worked"], session.Answers["didnt-work"]));
    }
}
