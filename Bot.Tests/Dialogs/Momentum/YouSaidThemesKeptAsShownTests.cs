using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>
/// The "you said, we did" themes card read twice, as a leader would, around a change that touches one
/// person's answer. Two reads of the same closed cycle must show the same themes, or their difference is that person's.
/// </summary>
public sealed class YouSaidThemesKeptAsShownTests
{
    private const string Team = "team-a";

    private static readonly string[] Barriers = ["Paperwork", "The recording system", "Forms", "Recording and no time", "Caseload", "Too busy, and my daughter"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Leader => MomentumHarness.LeaderAad(Team);

    // The lines of the leader's card that differ between the two reads: together they are one person's answer.
    private static string Changed(string before, string after) =>
        "Before: " + string.Join(" | ", before.Split('\n').Except(after.Split('\n'), StringComparer.Ordinal))
        + "  After: " + string.Join(" | ", after.Split('\n').Except(before.Split('\n'), StringComparer.Ordinal));

    [Fact]
    public async Task A_member_deleting_their_data_does_not_move_the_themes_of_a_closed_cycle()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var cycle = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddDays(-7)); // closed on Monday
        for (var i = 1; i <= 6; i++)
        {
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddDays(-7).AddHours(i), cycle.CycleId, barrier: Barriers[i - 1]);
        }

        var before = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        // Staff 4 leaves the organisation and deletes their data; the leader knows who, and looks again.
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.PersonalData("checkIns").DeleteAsync(new PersonIdentity(MomentumHarness.StaffId(Team, 4), MomentumHarness.StaffAad(Team, 4)), Token);
        var after = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        Assert.True(before == after, Changed(before, after));
    }

    [Fact]
    public async Task The_themes_of_a_closed_monthly_cycle_do_not_shrink_as_its_first_answers_age_past_the_look_back()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);

        // A monthly rhythm: last month's cycle (35 days) closed 6 days ago; this month's is open.
        var opened = MomentumHarness.Now.AddDays(-41);
        var last = new CheckInCycle($"{Team}-monthly-1", Team, opened, opened.AddDays(35), IncludesPulse: true);
        await h.CheckIns.SaveCycleAsync(last, Token);
        await h.CheckIns.SaveCycleAsync(new CheckInCycle($"{Team}-monthly-2", Team, last.ClosesAt, last.ClosesAt.AddDays(28), IncludesPulse: true), Token);

        // Staff 1 always answers within the hour; the others a few days later.
        await h.AnswerAsync(Team, 1, 3, opened.AddHours(1), last.CycleId, barrier: Barriers[0]);
        for (var i = 2; i <= 6; i++)
        {
            await h.AnswerAsync(Team, i, 3, opened.AddDays(3).AddHours(i), last.CycleId, barrier: Barriers[i - 1]);
        }

        var before = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));
        h.Clock.Advance(TimeSpan.FromDays(2));
        var after = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        Assert.True(before == after, Changed(before, after));
    }
    [Fact]
    public async Task A_member_deleting_their_data_does_not_move_the_themes_of_a_finished_week()
    {
        // A team with no scheduled check-ins: its people check in when they like, and the leader sees last week.
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        for (var i = 1; i <= 6; i++)
        {
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddDays(-6).AddHours(i), barrier: Barriers[i - 1]);
        }

        var before = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.PersonalData("checkIns").DeleteAsync(new PersonIdentity(MomentumHarness.StaffId(Team, 4), MomentumHarness.StaffAad(Team, 4)), Token);
        var after = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        Assert.Contains("6 people answered.", before, StringComparison.Ordinal);
        Assert.True(before == after, Changed(before, after));
    }

    [Fact]
    public async Task Answers_to_a_cycle_still_open_are_not_shown_as_last_week_s_themes()
    {
        // A team's first monthly check-in opened 10 days ago; six answered it last week. It is read once it has closed,
        // so a week holding part of it, kept and shown now, could later be subtracted from it.
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var opened = MomentumHarness.Now.AddDays(-10);
        var monthly = new CheckInCycle($"{Team}-monthly-1", Team, opened, opened.AddDays(35), IncludesPulse: true);
        await h.CheckIns.SaveCycleAsync(monthly, Token);
        for (var i = 1; i <= 6; i++)
        {
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddDays(-6).AddHours(i), monthly.CycleId, barrier: Barriers[i - 1]);
        }

        var text = ExerciseDriver.TextOf(await h.YouSaidAsync(Leader, YouSaidVerbs.Open));

        Assert.Contains("Fewer than 5 people answered the last check-in", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Paperwork", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_kept_of_a_shown_cycle_is_counts_only_and_stays_when_a_member_deletes_their_data()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var cycle = await h.OpenCycleAsync(Team, MomentumHarness.ThisWeek.AddDays(-7));
        for (var i = 1; i <= 6; i++)
        {
            await h.AnswerAsync(Team, i, 3, MomentumHarness.ThisWeek.AddDays(-7).AddHours(i), cycle.CycleId,
                wentWell: $"Zebedee{i} helped me", barrier: Barriers[i - 1], supportFrom: $"Ask Zebedee{i}");
        }

        await h.YouSaidAsync(Leader, YouSaidVerbs.Open);
        await h.PersonalData("checkIns").DeleteAsync(new PersonIdentity(MomentumHarness.StaffId(Team, 4), MomentumHarness.StaffAad(Team, 4)), Token);

        var rows = await h.Database.QueryListAsync("SELECT team_id, shown_for, answered, went_well || barriers || support FROM shown_themes;", _ => { },
            reader => (reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)), Token);
        var kept = Assert.Single(rows);
        Assert.Equal((Team, "cycle:" + cycle.CycleId, 6), (kept.Item1, kept.Item2, kept.Item3));
        Assert.DoesNotContain("Zebedee", kept.Item4, StringComparison.Ordinal);
        Assert.DoesNotContain(MomentumHarness.StaffId(Team, 4), kept.Item4, StringComparison.Ordinal);
        Assert.Contains("recording", kept.Item4, StringComparison.Ordinal);
    }
}
