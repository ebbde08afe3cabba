using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>
/// Issue 13 point 6, small teams: a team of 7 whose weeks each have fewer than 5 answers sees four weeks taken together
/// once at least 5 different people answered in them. The differencing test of <see cref="LeaderViewDifferencingTests"/>
/// applied to the pooled view: answers arrive one at a time over the four weeks while the leader reads the card and the
/// pooled figures after each; nothing moves until the four weeks are over, then all arrive at once, and the period is
/// frozen afterwards. A period in which one week was shown on its own is never pooled (it could be subtracted).
/// </summary>
public sealed class PooledViewDifferencingTests
{
    private const string Team = "team-seven";
    private static readonly int[] Confidence = [5, 1, 4, 2, 5, 3, 4];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_pooled_figure_tells_one_answer_apart_and_the_period_appears_whole_and_frozen()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 7);
        var block = NextBlockStart(MomentumHarness.ThisWeek);
        h.Clock.Advance(block - h.Clock.GetUtcNow() + TimeSpan.FromHours(9));
        var leader = MomentumHarness.LeaderAad(Team);

        // Two answers in each of the first three weeks, one in the last: never 5 in a week, 7 people in the four. Before
        // and after each answer the leader reads everything: the differences an attacker would take are all nothing.
        int[] weekOf = [0, 0, 1, 1, 2, 2, 3];
        for (var person = 1; person <= Confidence.Length; person++)
        {
            var at = block.AddDays(7 * weekOf[person - 1]).AddHours(9 + person);
            h.Clock.Advance(at - h.Clock.GetUtcNow());
            var before = await ReadAsync(h, leader);
            await h.AnswerAsync(Team, person, Confidence[person - 1], at, pulse: new() { ["pace"] = (person % 5) + 1, ["heard"] = 2 });

            Assert.Equal(before, await ReadAsync(h, leader));
            Assert.Equal(0, before.People);
        }

        h.Clock.Advance(block.AddDays(28).AddHours(1) - h.Clock.GetUtcNow());
        var finished = await ReadAsync(h, leader);
        Assert.Equal(Confidence.Sum(), finished.ConfidenceTotal);
        Assert.Equal(7, finished.People);
        Assert.Contains("Four weeks at a time", finished.MomentumCard, StringComparison.Ordinal);
        Assert.Contains("7 of 8", finished.MomentumCard, StringComparison.Ordinal);
        Assert.Contains("My views about the change are listened to. (25 out of 100)", finished.MomentumCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Chart.Line", finished.MomentumCard, StringComparison.Ordinal);

        await h.Database.ExecuteAsync("DELETE FROM check_in_answers WHERE person_id = $p;", c => c.Parameters.AddWithValue("$p", MomentumHarness.StaffId(Team, 2)), Token);
        Assert.Equal(finished, await ReadAsync(h, leader));
    }

    [Fact]
    public async Task Four_weeks_in_which_one_week_was_shown_are_not_pooled()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 7);
        var block = NextBlockStart(MomentumHarness.ThisWeek);
        for (var person = 1; person <= 5; person++)
        {
            await h.AnswerAsync(Team, person, 4, block.AddHours(9 + person));
        }

        await h.AnswerAsync(Team, 6, 1, block.AddDays(8));
        h.Clock.Advance(block.AddDays(28).AddHours(1) - h.Clock.GetUtcNow());

        var pooled = await h.View.PooledAsync(Team, Token);

        Assert.DoesNotContain(pooled, p => p.WeekStart == block);
        Assert.DoesNotContain("Four weeks at a time", CardJson.Serialize(await h.MomentumAsync(MomentumHarness.LeaderAad(Team))), StringComparison.Ordinal);
    }

    private static DateTimeOffset NextBlockStart(DateTimeOffset monday)
    {
        while (PulseRotation.WeekOf(DateOnly.FromDateTime(monday.UtcDateTime)) != 0)
        {
            monday = monday.AddDays(7);
        }

        return monday;
    }

    private static async Task<PooledViews> ReadAsync(MomentumHarness h, string leader)
    {
        var pooled = await h.View.PooledAsync(Team, Token);
        return new PooledViews(
            CardJson.Serialize(await h.MomentumAsync(leader)),
            pooled.Sum(p => p.AverageConfidence is { } average ? Math.Round(average * p.Answered) : 0),
            pooled.Where(p => p.HasTotals).Sum(p => p.Answered));
    }

    private sealed record PooledViews(string MomentumCard, double ConfidenceTotal, int People);
}
