using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>Stop on a step asks before the saved run is deleted: "Stop and delete" deletes it, "Keep it" keeps it.</summary>
public sealed class ExerciseStopTests
{
    private static readonly Dictionary<string, string> StepOne = new() { ["worked"] = "Asked Jean what she missed most", ["didnt-work"] = "Rushed the review" };

    [Fact]
    public async Task Stop_asks_first_and_keeps_the_saved_run_until_the_person_confirms()
    {
        await using var bot = await SavedRunAsync();

        await bot.PressAsync("Stop");

        Assert.Contains("cannot be brought back", bot.Text, StringComparison.Ordinal);
        Assert.Equal([ExerciseStopCard.KeepIt, ExerciseStopCard.StopAndDelete], bot.Card.Actions!.Select(a => a.Title));
        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(ExerciseSessionStatus.InProgress, stored.Status);
        Assert.Equal(StepOne["worked"], stored.Answers["worked"]);
    }

    [Fact]
    public async Task Keep_it_goes_back_to_the_step_with_the_answers_still_saved()
    {
        await using var bot = await SavedRunAsync();
        await bot.PressAsync("Stop");

        await bot.PressAsync(ExerciseStopCard.KeepIt);

        Assert.Contains("Looking forward", bot.Text, StringComparison.Ordinal);
        Assert.Equal(ExerciseSessionStatus.InProgress, (await bot.OnlySessionAsync("learning-log")).Status);
    }

    [Fact]
    public async Task Stop_and_delete_discards_the_run()
    {
        await using var bot = await SavedRunAsync();
        await bot.PressAsync("Stop");

        await bot.PressAsync(ExerciseStopCard.StopAndDelete);

        Assert.Contains("stopped", bot.Text, StringComparison.Ordinal);
        var stored = await bot.OnlySessionAsync("learning-log");
        Assert.Equal(ExerciseSessionStatus.Cancelled, stored.Status);
        Assert.Null(stored.Answers["worked"]);
    }

    [Fact]
    public async Task A_confirmation_left_in_the_chat_cannot_delete_answers_given_after_it()
    {
        await using var bot = await SavedRunAsync();
        var confirmation = await bot.PressAsync("Stop");
        var stale = confirmation.Actions!.OfType<OutcomesBot.Cards.Model.ExecuteAction>().Single(a => a.Title == ExerciseStopCard.StopAndDelete);
        await bot.PressAsync(ExerciseStopCard.KeepIt);
        await bot.PressAsync("Finish", new Dictionary<string, string> { ["learning"] = "Slow down", ["application"] = "Book longer reviews" });

        await bot.SendAsync(new ExerciseRequest(bot.PersonId, stale.Verb, stale.Data!));

        Assert.Equal(ExerciseSessionStatus.Completed, (await bot.OnlySessionAsync("learning-log")).Status);
    }

    private static async Task<ExerciseDriver> SavedRunAsync()
    {
        var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync("learning-log");
        await bot.PressAsync("Next", StepOne);
        return bot;
    }
}
