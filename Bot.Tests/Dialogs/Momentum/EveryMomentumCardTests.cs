using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>Every card of the momentum and "you said, we did" views, checked by the Adaptive Cards validator.</summary>
[Slow]
public sealed class EveryMomentumCardTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_momentum_and_you_said_card_passes_the_Adaptive_Cards_validator()
    {
        var cards = await GatherAsync();

        await CardValidation.AssertValidAsync("momentum", cards);
        Assert.Equal(13, cards.Count);
    }

    /// <summary>Every momentum and "you said" card, shown or sent (also for <see cref="CardGallery"/>).</summary>
    internal static async Task<IReadOnlyList<string>> GatherAsync()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 8, name: "Riverside Reablement");
        await h.AddTeamAsync("team-b", staff: 2);
        await SeedWeeksAsync(h);
        var leader = MomentumHarness.LeaderAad("team-a");
        List<string> cards =
        [
            .. (await ShownAsync(h, leader)).Select(CardJson.Serialize),
            .. await h.Database.QueryListAsync("SELECT card_json FROM outbox LIMIT 1;", _ => { }, reader => reader.GetString(0), Token),
        ];
        return cards;
    }

    private static async Task<List<AdaptiveCard>> ShownAsync(MomentumHarness h, string leader)
    {
        List<AdaptiveCard> shown =
        [
            await h.MomentumAsync(leader),
            await h.MomentumAsync(MomentumHarness.LeaderAad("team-b")),
            await h.MomentumAsync(MomentumHarness.StaffAad("team-a", 1)),
            await h.MomentumAsync(leader, MomentumVerbs.Team, "team-b"),
            await h.YouSaidAsync(leader, YouSaidVerbs.Open),
            await h.YouSaidAsync(MomentumHarness.LeaderAad("team-b"), YouSaidVerbs.Open),
            await h.YouSaidAsync(leader, YouSaidVerbs.Preview, new() { ["team"] = "team-a", ["response"] = "" }),
        ];
        var preview = await h.YouSaidAsync(leader, YouSaidVerbs.Preview, new() { ["team"] = "team-a", ["response"] = "We hear you about recording: a shorter form starts in January." });
        shown.Add(preview);
        shown.Add(await h.YouSaidAsync(leader, YouSaidVerbs.Send, MomentumHarness.ButtonData(preview, "Send to the team")));
        shown.Add(await h.YouSaidAsync(leader, YouSaidVerbs.Send, MomentumHarness.ButtonData(preview, "Send to the team")));
        await h.AddLeaderAsync("team-b", "team-a");
        shown.Add(await h.MomentumAsync(leader));
        shown.Add(await h.YouSaidAsync(leader, YouSaidVerbs.Open));
        return shown;
    }

    /// <summary>Twelve weeks of team A: most with six answers rating three of the pulse's conditions, one with four.</summary>
    internal static async Task SeedWeeksAsync(MomentumHarness h)
    {
        var weeks = MomentumWeeks.LastWeeks(MomentumHarness.Now, MomentumView.Weeks);
        string[] barriers = ["Paperwork", "Recording takes ages", "No time", "Forms to fill in", "Caseload", "My manager is busy"];
        for (var w = 0; w < weeks.Count; w++)
        {
            var cycle = await h.OpenCycleAsync("team-a", weeks[w]);
            var answers = w == 6 ? 4 : 6;
            for (var i = 1; i <= answers; i++)
            {
                var confidence = Math.Clamp(2 + ((w + i) / 4), 1, 5);
                await h.AnswerAsync("team-a", i, confidence, weeks[w].AddHours(10 + i), cycle.CycleId, barrier: barriers[i - 1],
                    supportFrom: i % 3 == 0 ? "Team manager" : null, readiness: w % 4 == 0 ? 40 + (w * 3) + i : null,
                    pulse: new() { ["pace"] = 1 + (i % 3), ["heard"] = 2 + (i % 2), ["involved"] = 4 });
            }

            await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", 1 + (w % 8)), "learning-log", weeks[w].AddDays(1));
        }

        await h.Writer.WriteLastWeekAsync(Token);
    }
}
