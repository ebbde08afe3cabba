using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>The momentum card's headline: the latest week with enough answers against the week four before it.</summary>
public sealed class MomentumHeadlineTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3.0, 3.6, "Confidence is up: 3.6 out of 5, compared with 3.0 four weeks before.")]
    [InlineData(3.6, 3.0, "Confidence is down: 3.0 out of 5, compared with 3.6 four weeks before.")]
    [InlineData(3.5, 3.55, "Confidence is steady at 3.6 out of 5, the same as four weeks before.")]
    public void Compares_the_latest_week_with_four_weeks_before(double before, double now, string expected)
    {
        Assert.Equal(expected, MomentumHeadline.For([Week(0, before), Week(1, null), Week(4, now), Week(5, null)]));
    }

    [Fact]
    public void Says_so_when_there_is_nothing_to_compare()
    {
        Assert.Equal("Not enough answers yet to show a trend.", MomentumHeadline.For([Week(0, null), Week(1, null)]));
        Assert.Contains("not enough answers from four weeks before", MomentumHeadline.For([Week(0, null), Week(4, 4.0)]), StringComparison.Ordinal);
    }

    private static MomentumSnapshot Week(int index, double? confidence) =>
        new() { TeamId = "t", WeekStart = Start.AddDays(7 * index), Answered = confidence is null ? 2 : 6, AverageConfidence = confidence };
}
