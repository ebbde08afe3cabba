using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>A person's own audit advice names its exercises' buttons as the team's card does.</summary>
public sealed class TrainingPrioritiesAdviceTests
{
    // Decision 069: the button read "Open What difference has it made?".
    [Fact]
    public void An_exercise_whose_title_is_a_question_is_quoted_on_its_button()
    {
        var rated = LearningNeed.All.Select(need => (need, (int?)(need.FieldId == "need-difference" ? 5 : 2))).ToList();

        var buttons = TrainingPrioritiesAdvice.For(rated).OfType<ActionSet>().SelectMany(set => set.Actions).Select(action => action.Title);

        Assert.Equal(["Open \u201CWhat difference has it made?\u201D"], buttons);
    }
}
