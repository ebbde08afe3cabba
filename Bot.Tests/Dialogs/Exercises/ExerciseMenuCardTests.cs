using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.OutcomesBasics;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>
/// The exercise menu is drawn and serialised once per state (decision 033): people in the same state share one card,
/// and a person whose state changed never sees the menu of the state before.
/// </summary>
public sealed class ExerciseMenuCardTests
{
    private static readonly IReadOnlyList<IExercise> Exercises = [new LearningLogExercise(), new OutcomesBasicsExercise()];

    [Fact]
    public void People_in_the_same_state_share_one_menu_whose_JSON_is_the_card_as_drawn()
    {
        var alex = ExerciseMenuCard.Create(Exercises, [Run("alex", ExerciseSessionStatus.Completed)]);
        var sam = ExerciseMenuCard.Create(Exercises, [Run("sam", ExerciseSessionStatus.Completed)]);

        Assert.Same(alex, sam);
        Assert.Equal(JsonOf(alex), CardJson.ToElement(alex).GetRawText());
        Assert.Contains("Done 1", CardJson.ToElement(alex).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_of_state_gives_the_menu_of_the_new_state()
    {
        var before = ExerciseMenuCard.Create(Exercises, [Run("alex", ExerciseSessionStatus.InProgress)]);
        var after = ExerciseMenuCard.Create(Exercises, [Run("alex", ExerciseSessionStatus.Completed), Run("alex", ExerciseSessionStatus.Completed)]);

        Assert.Contains("In progress", CardJson.ToElement(before).GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("In progress", CardJson.ToElement(after).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Done 2", CardJson.ToElement(after).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("My entries", CardJson.ToElement(after).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_set_of_exercises_with_the_same_ids_never_gets_a_menu_drawn_for_the_first()
    {
        var renamed = new RenamedExercise(new LearningLogExercise());

        var first = ExerciseMenuCard.Create([new LearningLogExercise()], []);
        var second = ExerciseMenuCard.Create([renamed], []);

        Assert.Contains("Learning log", CardJson.ToElement(first).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("A renamed log", CardJson.ToElement(second).GetRawText(), StringComparison.Ordinal);
    }

    // The card as a fresh serialisation writes it, to compare the kept JSON with.
    private static string JsonOf(AdaptiveCard card) => System.Text.Json.JsonSerializer.SerializeToElement(card, CardJson.Options).GetRawText();

    private static ExerciseSession Run(string person, ExerciseSessionStatus status) => new()
    {
        SessionId = Guid.NewGuid().ToString("N"),
        PersonId = person,
        ExerciseId = LearningLogExercise.Id,
        Status = status,
    };

    private sealed class RenamedExercise(IExercise original) : IExercise
    {
        public ExerciseInfo Info { get; } = original.Info with { Title = "A renamed log" };

        public IReadOnlyList<ExerciseStep> Steps => original.Steps;

        public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers) => original.Summarise(answers);
    }
}
