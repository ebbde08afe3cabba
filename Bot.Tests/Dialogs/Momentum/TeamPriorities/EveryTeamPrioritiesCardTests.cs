using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>Every card of the team's combined training priorities through the Adaptive Cards validator.</summary>
[Slow]
public sealed class EveryTeamPrioritiesCardTests
{
    [Fact]
    public async Task Every_team_priorities_card_passes_the_Adaptive_Cards_validator()
    {
        var result = await CardValidation.AssertValidAsync("priorities", Gather());
        Assert.Contains("priorities-01.json", result.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>Below the threshold, and a pooled team of 12 with every area wanted by someone (also for <see cref="CardGallery"/>).</summary>
    internal static IReadOnlyList<AdaptiveCard> Gather() =>
        [
            TeamPrioritiesCard.Create("team-1", "Riverside Reablement", null, 5),
            TeamPrioritiesCard.Create(
                "team-1",
                "Riverside Reablement",
                new PooledPriorities(12, new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), LearningNeed.All.Select((need, i) => (need.FieldId, Count: 12 - i)).ToDictionary(p => p.FieldId, p => p.Count, StringComparer.Ordinal)),
                5),
        ];
}
