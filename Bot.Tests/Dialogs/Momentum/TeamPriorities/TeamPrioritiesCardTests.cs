using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>The combined audit card's buttons: the most wanted area's exercises, named so a question reads well.</summary>
public sealed class TeamPrioritiesCardTests
{
    // Decision 069: the button read "Open What difference has it made?".
    [Fact]
    public void An_exercise_whose_title_is_a_question_is_quoted_on_its_button()
    {
        var card = CardJson.ToElement(TeamPrioritiesCard.Create("team-1", "Riverside", MostWanted("need-difference"), 5));

        Assert.Contains("Open \u201CWhat difference has it made?\u201D", CardTexts.Of(card));
    }

    [Fact]
    public void An_exercise_whose_title_is_a_name_keeps_it_as_it_is()
    {
        var card = CardJson.ToElement(TeamPrioritiesCard.Create("team-1", "Riverside", MostWanted("need-implementing"), 5));

        Assert.Equal(["Open Innovative solutions", "Open Risk-taking"], [.. CardTexts.Of(card).Where(text => text.StartsWith("Open ", StringComparison.Ordinal)).Distinct()]);
    }

    // Six people, all of whom rated this need a priority and nothing else.
    private static PooledPriorities MostWanted(string fieldId) =>
        new(6, new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), LearningNeed.All.ToDictionary(need => need.FieldId, need => need.FieldId == fieldId ? 6 : 0, StringComparer.Ordinal));
}
