using OutcomesBot.Bot.LeaderTab;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Momentum.LeaderTab;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.LeaderTab;

/// <summary>
/// The differencing tests of <see cref="LeaderViewDifferencingTests"/> applied to the leaders' tab's months (decision 048):
/// a leader who reads the tab after each week, switches ranges or waits for a member to leave must not be able to
/// subtract one month's figures from another's and learn one person's ratings or exercises. A month is added up from its
/// frozen weeks, whole whatever the range, and only once all its weeks are over.
/// </summary>
public sealed class TabMonthDifferencingTests
{
    private const string Team = "team-tab";
    private static readonly string[] Conditions = [.. PulseRotation.Groups.SelectMany(g => g)];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pulse_answer_given_late_and_alone_in_its_week_moves_no_month_and_cannot_be_worked_out()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var tuesday8Dec = new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);
        for (var p = 1; p <= 5; p++)
        {
            await PulseAsync(h, p, tuesday8Dec.AddHours(p), Conditions);
        }

        // Person 6 answers a week late, the only answer of the week of 14 December.
        await PulseAsync(h, 6, new DateTimeOffset(2026, 12, 15, 10, 0, 0, TimeSpan.Zero), Conditions);

        var afterFirstWeek = await ReadAtAsync(h, new DateTimeOffset(2026, 12, 16, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);
        var afterSecondWeek = await ReadAtAsync(h, new DateTimeOffset(2026, 12, 23, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);
        var afterTheMonth = await ReadAtAsync(h, new DateTimeOffset(2027, 1, 6, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);
        var aMonthLater = await ReadAtAsync(h, new DateTimeOffset(2027, 2, 3, 12, 0, 0, TimeSpan.Zero), TabRange.SixMonths);

        Assert.All([afterFirstWeek, afterSecondWeek], read => Assert.Equal((FigureStatus.Hidden, 0), (December(read).PulseStatus, December(read).ConditionMeans.Count)));
        Assert.True(afterTheMonth.Weeks.Single(w => w.WeekStart == new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.Zero)).Hidden);
        Assert.Equal(FigureStatus.Shown, December(afterTheMonth).PulseStatus);
        Assert.Equal(FiveMeans(Conditions), December(afterTheMonth).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.Equal(December(afterTheMonth).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal), December(aMonthLater).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_only_person_who_answered_a_weeks_pulse_deleting_their_data_leaves_it_hidden_not_none()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var week = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        var cycle = await h.OpenCycleAsync(Team, week.AddDays(1).AddHours(9), pulse: true);
        // Only person 1 answers the team's pulse cycle; the others check in by themselves that week, without it.
        await PulseAsync(h, 1, cycle.OpensAt.AddHours(1), Conditions, cycleId: cycle.CycleId);
        for (var p = 2; p <= 6; p++)
        {
            await h.AnswerAsync(Team, p, 3, cycle.OpensAt.AddHours(p));
        }

        var before = await ReadAtAsync(h, new DateTimeOffset(2027, 1, 6, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);
        var checkIns = SqlitePersonalDataSources.All.Single(source => source.Name == "checkIns").Tables;
        Assert.True(await new SqlitePersonalDataSource(h.Database, "checkIns", checkIns, TimeProvider.System).DeleteAsync(new PersonIdentity(MomentumHarness.StaffId(Team, 1), null), Token) > 0);
        var after = await ReadAtAsync(h, new DateTimeOffset(2027, 1, 7, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);

        Assert.All([before, after], read =>
        {
            Assert.Equal(FigureStatus.Hidden, read.Weeks.Single(w => w.WeekStart == week).ReadinessStatus);
            Assert.Equal(FigureStatus.Hidden, December(read).PulseStatus);
        });
    }

    [Fact]
    public async Task A_month_is_the_same_whichever_range_shows_it()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);

        // Read on Wednesday 10 March 2027, the 12 weeks start on Monday 14 December; person 1 answered, alone, in the week before.
        await PulseAsync(h, 1, new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero), Conditions, person: 6);
        for (var p = 2; p <= 6; p++)
        {
            await PulseAsync(h, p, new DateTimeOffset(2026, 12, 15, 10, 0, 0, TimeSpan.Zero).AddHours(p), Conditions, person: p - 1);
        }

        var twelveWeeks = await ReadAtAsync(h, new DateTimeOffset(2027, 3, 10, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);
        var sixMonths = await ReadAtAsync(h, new DateTimeOffset(2027, 3, 10, 12, 0, 0, TimeSpan.Zero), TabRange.SixMonths);

        Assert.Equal(new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.Zero), twelveWeeks.From);
        Assert.Equal("2026-12", twelveWeeks.Months[0].Month);
        Assert.Equal(FigureStatus.Shown, December(twelveWeeks).PulseStatus);
        Assert.Equal(December(sixMonths).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal), December(twelveWeeks).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.Equal(FiveMeans(Conditions), December(twelveWeeks).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task One_persons_exercises_show_in_no_month_and_a_member_leaving_moves_none()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        await h.CompleteExerciseAsync(MomentumHarness.StaffId(Team, 3), "risk-ratings", new DateTimeOffset(2026, 10, 6, 10, 0, 0, TimeSpan.Zero));
        for (var p = 1; p <= 5; p++)
        {
            await h.CompleteExerciseAsync(MomentumHarness.StaffId(Team, p), p <= 2 ? "risk-ratings" : "learning-log", new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero));
        }

        var before = await ReadAtAsync(h, MomentumHarness.Now.AddDays(14), TabRange.TwelveWeeks);
        var roster = (await h.Teams.ListMembersAsync(Team, Token)).Where(m => m.AadObjectId != MomentumHarness.StaffAad(Team, 3)).ToList();
        await h.Teams.SyncRosterAsync(Team, roster, Token);
        var after = await ReadAtAsync(h, MomentumHarness.Now.AddDays(14), TabRange.TwelveWeeks);

        var october = before.Months.Single(m => m.Month == "2026-10");
        Assert.Equal((FigureStatus.Hidden, 0, null), (october.ExercisesStatus, october.ExercisesByKind.Count, october.LearningLogEntries));
        Assert.Contains("exercises,2026-10,risk-ratings,hidden", TabCsv.Write(before), StringComparison.Ordinal);
        Assert.Contains("learning_log,2026-10,entries,hidden", TabCsv.Write(before), StringComparison.Ordinal);
        var november = before.Months.Single(m => m.Month == "2026-11");
        Assert.Equal((FigureStatus.Shown, 2, 3, 3), (november.ExercisesStatus, november.ExercisesByKind["risk-ratings"], november.ExercisesByKind["learning-log"], november.LearningLogEntries));
        Assert.Equal(TabCsv.Write(before), TabCsv.Write(after));
    }

    [Fact]
    public async Task A_month_counts_every_condition_its_weeks_asked_not_only_each_persons_last_answer()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 8);
        var groups = PulseRotation.Groups;
        for (var w = 0; w < groups.Count; w++)
        {
            for (var p = 1; p <= 5; p++)
            {
                await PulseAsync(h, p, new DateTimeOffset(2026, 12, 8 + (7 * w), 10, 0, 0, TimeSpan.Zero).AddHours(p), groups[w]);
            }
        }

        var read = await ReadAtAsync(h, new DateTimeOffset(2027, 1, 6, 12, 0, 0, TimeSpan.Zero), TabRange.TwelveWeeks);

        Assert.Equal(FiveMeans(Conditions), December(read).ConditionMeans.OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    private static TeamDashboardReader Reader(MomentumHarness h) => new(
        h.View, h.Calculator, h.CheckIns, new MonthlyActivityReader(new SqliteStoryStore(h.Database), new SqliteLearningSetStore(h.Database)), h.Responses, h.Clock);

    private static async Task<TeamDashboard> ReadAtAsync(MomentumHarness h, DateTimeOffset at, TabRange range)
    {
        h.Clock.Advance(at - h.Clock.GetUtcNow());
        return await Reader(h).ReadAsync((await h.Teams.GetTeamAsync(Team, Token))!, range, Token);
    }

    private static DashboardMonth December(TeamDashboard dashboard) => dashboard.Months.Single(m => m.Month == "2026-12");

    // Rater r's rating of the condition at index i: varied, 1 to 5. Staff member p rates as rater p unless told otherwise.
    private static int Rating(int rater, int i) => ((rater * rater + i * 3) % 5) + 1;

    private static Task PulseAsync(MomentumHarness h, int staff, DateTimeOffset at, IEnumerable<string> conditions, int? person = null, string? cycleId = null)
    {
        var ratings = conditions.ToDictionary(c => c, c => Rating(person ?? staff, Array.IndexOf(Conditions, c)), StringComparer.Ordinal);
        return h.AnswerAsync(Team, staff, 3, at, cycleId, pulse: ratings, readiness: ReadinessIndex.Compute(ratings.Values));
    }

    // What raters 1 to 5 rated on average, each condition rounded as the tab shows it.
    private static IEnumerable<KeyValuePair<string, double>> FiveMeans(IEnumerable<string> conditions) => conditions
        .Select(c => KeyValuePair.Create(c, Math.Round(Enumerable.Range(1, 5).Average(r => Rating(r, Array.IndexOf(Conditions, c))), 1)))
        .OrderBy(m => m.Key, StringComparer.Ordinal);
}
