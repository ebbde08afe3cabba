using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>
/// The momentum charts read at 400 px wide: twelve x labels short enough not to be cut ("7…" was "7 Sep"), axis titles
/// set, and a caption above each chart, as the Playground draws no chart title.
/// </summary>
public sealed class MomentumChartLabelTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Twelve_weeks_are_labelled_by_weeks_ago_in_at_most_two_characters()
    {
        var card = MomentumCards.Momentum("Riverside", TwelveWeeks(), minimumAnswers: 5);

        var line = Assert.Single(card.Body.OfType<LineChart>());
        var bar = Assert.Single(card.Body.OfType<BarChart>());
        string[] expected = ["12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1"];
        Assert.Equal(expected, line.Data.Single().Values.Select(p => p.X));
        Assert.Equal(expected, bar.Data.Select(p => p.X));
        Assert.All(bar.Data.Select(p => p.X), x => Assert.InRange(x.Length, 1, 2));
    }

    [Fact]
    public void Each_chart_has_axis_titles_and_a_caption_above_it()
    {
        var body = MomentumCards.Momentum("Riverside", TwelveWeeks(), minimumAnswers: 5).Body.ToList();

        var line = body.OfType<LineChart>().Single();
        var bar = body.OfType<BarChart>().Single();
        Assert.Equal(MomentumCards.WeeksAgo, line.XAxisTitle);
        Assert.Equal("Confidence", line.YAxisTitle);
        Assert.Equal(MomentumCards.WeeksAgo, bar.XAxisTitle);
        Assert.Equal("%", bar.YAxisTitle);
        Assert.Equal("Average confidence (1 to 5), by weeks ago (1 is last week)", Assert.IsType<TextBlock>(body[body.IndexOf(line) - 1]).Text);
        Assert.Equal("People who answered (%), by weeks ago (1 is last week)", Assert.IsType<TextBlock>(body[body.IndexOf(bar) - 1]).Text);
    }

    private static List<MomentumSnapshot> TwelveWeeks() =>
        Enumerable.Range(0, 12).Select(i => new MomentumSnapshot
        {
            TeamId = "t",
            WeekStart = Start.AddDays(7 * i),
            Members = 6,
            Answered = 6,
            MinimumAnswers = 5,
            AverageConfidence = 2 + (i * 0.2),
        }).ToList();
}
