using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>
/// Walks every exercise through every kind of card it can send (menu, intro, each step, a step with problems,
/// saved, resumed, summary, my entries, stopped), writes each card out, and has the adaptivecards parser and
/// our own rules check them all.
/// </summary>
[Slow]
public sealed class EveryExerciseCardTests
{
    public static TheoryData<string> ExerciseIds() => [.. ExerciseCatalog.All.Select(e => e.Info.Id)];

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public async Task Every_card_of_the_exercise_passes_the_Adaptive_Cards_validator(string exerciseId) =>
        await CardValidation.AssertValidAsync(exerciseId, await GatherAsync(exerciseId));

    /// <summary>Every card of every exercise (for <see cref="CardGallery"/>).</summary>
    internal static async Task<IReadOnlyList<AdaptiveCard>> GatherAllAsync()
    {
        List<AdaptiveCard> cards = [];
        foreach (var exercise in ExerciseCatalog.All)
        {
            cards.AddRange(await GatherAsync(exercise.Info.Id));
        }

        return cards;
    }

    private static async Task<IReadOnlyList<AdaptiveCard>> GatherAsync(string exerciseId)
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await WalkAsync(bot, exerciseId);
        var exercise = ExerciseCatalog.All.Single(e => e.Info.Id == exerciseId);
        var finished = (await bot.Store.ListAsync(bot.PersonId, exerciseId, ExerciseSessionStatus.Completed, TestContext.Current.CancellationToken))[0];
        bot.Shown.Add(SharingCards.Picker(exercise, finished, [new ShareDestination("19:general", "My Team › General")], "Please pick one of the channels listed."));
        bot.Shown.Add(SharingCards.Shared(exercise, finished, "Alex Wilber"));
        return bot.Shown;
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public async Task The_exercise_can_be_completed_and_its_summary_shows_the_answers(string exerciseId)
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await WalkAsync(bot, exerciseId);

        var session = Assert.Single(await bot.Store.ListAsync(bot.PersonId, exerciseId, ExerciseSessionStatus.Completed, TestContext.Current.CancellationToken));
        Assert.NotEmpty(session.Answers.Values);
        // "Learning log: summary"; a title that is a question ends its own sentence, "What difference has it made? Summary" (059).
        var summary = ExerciseCatalog.All.Single(e => e.Info.Id == exerciseId).Info.TitleWith("summary");
        Assert.Contains(bot.Shown, card => card.FallbackText == summary);
    }

    private static async Task WalkAsync(ExerciseDriver bot, string exerciseId)
    {
        var exercise = ExerciseCatalog.All.Single(e => e.Info.Id == exerciseId);
        await bot.SendAsync(ExerciseVerbs.Menu);
        await bot.BeginAsync(exerciseId);
        await bot.PressAsync("Save for later");
        await bot.PressAsync("Carry on now");
        var guard = 0;
        while (bot.Card.Actions?.OfType<ExecuteAction>().FirstOrDefault(a => a.Verb == ExerciseVerbs.Next) is { } next && guard++ < 50)
        {
            var step = exercise.Steps[int.Parse(next.Data![ExerciseVerbs.StepKey], System.Globalization.CultureInfo.InvariantCulture)];
            if (step.Fields.Any(f => f.Required))
            {
                await bot.PressAsync(next.Title, step.Fields.ToDictionary(f => f.Id, _ => string.Empty));
            }

            await bot.PressAsync(next.Title, ExerciseSampleAnswers.For(step));
        }

        await bot.PressAsync("My entries");
        await bot.BeginAsync(exerciseId);
        await bot.PressAsync("Stop");
        await bot.PressAsync("Stop and delete");
    }
}
