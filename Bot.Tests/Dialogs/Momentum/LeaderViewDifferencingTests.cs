using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>
/// Issue 12, point 2: a team of 6 answers one at a time while its leader reads every view after each answer. The test
/// tries to work out one person's answer from the before/after difference of the average confidence, the support count
/// and the theme counts, and from the cards as a whole. Nothing differs until the week and the cycle have finished, and
/// then all six answers appear at once; a finished week does not move when one answer is later changed or deleted.
/// </summary>
public sealed class LeaderViewDifferencingTests
{
    private const string Team = "team-six";
    private static readonly int[] Confidence = [5, 1, 4, 2, 5, 3];
    private static readonly string[] Barriers = ["Paperwork", "Recording takes ages", "Forms and recording", "No time", "Caseload and time", "My family at home"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_view_tells_one_answer_apart_as_answers_arrive_one_at_a_time()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 6);
        var cycle = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddHours(9));
        var leader = MomentumHarness.LeaderAad(Team);
        var views = new List<LeaderViews> { await ReadAsync(h, leader) };

        for (var person = 1; person <= 6; person++)
        {
            h.Clock.Advance(TimeSpan.FromHours(1));
            await h.AnswerAsync(Team, person, Confidence[person - 1], h.Clock.GetUtcNow(), cycle.CycleId,
                barrier: Barriers[person - 1], supportFrom: person % 2 == 0 ? "Manager" : null);
            views.Add(await ReadAsync(h, leader));
        }

        for (var person = 1; person <= 6; person++)
        {
            var (before, after) = (views[person - 1], views[person]);

            // The differences an attacker would take: each is nothing, so no answer can be solved for.
            Assert.Equal(before.ConfidenceTotal, after.ConfidenceTotal);
            Assert.Equal(before.SupportRequests, after.SupportRequests);
            Assert.Equal(before.ThemeCounts, after.ThemeCounts);
            Assert.Equal(before.Answered, after.Answered);

            // And the cards as a leader sees them are the same, byte for byte.
            Assert.Equal(before.MomentumCard, after.MomentumCard);
            Assert.Equal(before.YouSaidCard, after.YouSaidCard);
        }

        // Once the week and the cycle are over, all six arrive together: the step is the sum of six answers, not one.
        h.Clock.Advance(TimeSpan.FromDays(7));
        var finished = await ReadAsync(h, leader);
        Assert.Equal(Confidence.Sum(), finished.ConfidenceTotal);
        Assert.Equal(3, finished.SupportRequests);
        Assert.Contains("Paperwork and recording: 3 people", finished.YouSaidCard, StringComparison.Ordinal);
        Assert.Equal(6, finished.Answered);

        // A finished week is frozen: one person deleting their answer changes nothing a leader can see.
        await h.Database.ExecuteAsync("DELETE FROM check_in_answers WHERE person_id = $p;", c => c.Parameters.AddWithValue("$p", MomentumHarness.StaffId(Team, 2)), Token);
        var afterDelete = await ReadAsync(h, leader);
        Assert.Equal(finished.ConfidenceTotal, afterDelete.ConfidenceTotal);
        Assert.Equal(finished.SupportRequests, afterDelete.SupportRequests);
        Assert.Equal(finished.MomentumCard, afterDelete.MomentumCard);
    }

    private static async Task<LeaderViews> ReadAsync(MomentumHarness h, string leader)
    {
        var weeks = await h.View.WeeksAsync(Team, Token);
        var themes = await h.Themes.ReadAsync(Team, Token);
        return new LeaderViews(
            CardJson.Serialize(await h.MomentumAsync(leader)),
            CardJson.Serialize(await h.YouSaidAsync(leader, YouSaidVerbs.Open)),
            weeks.Sum(w => w.AverageConfidence is { } average ? Math.Round(average * w.Answered) : 0),
            weeks.Sum(w => w.SupportRequests ?? 0),
            JsonSerializer.Serialize(new[] { themes.WentWell, themes.Barriers, themes.Support }),
            themes.Enough ? themes.Answered : 0);
    }

    private sealed record LeaderViews(string MomentumCard, string YouSaidCard, double ConfidenceTotal, int SupportRequests, string ThemeCounts, int Answered);
}
