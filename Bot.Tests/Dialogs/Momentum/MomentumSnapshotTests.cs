using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>Weekly snapshots computed from real SQLite answers and exercise runs, and written by the weekly writer.</summary>
public sealed class MomentumSnapshotTests
{
    private static readonly DateTimeOffset LastWeek = MomentumHarness.ThisWeek.AddDays(-7);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_answers_store_the_counts_but_no_averages()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 9);
        for (var i = 1; i <= 4; i++)
        {
            await h.AnswerAsync("team-a", i, confidence: 5, LastWeek.AddDays(1), supportFrom: "my manager", readiness: 80);
        }

        await h.Writer.WriteLastWeekAsync(Token);

        var row = Assert.Single(await h.Snapshots.ListAsync("team-a", LastWeek, MomentumHarness.ThisWeek, Token));
        Assert.Equal((10, 4, 5), (row.Members, row.Answered, row.MinimumAnswers));
        Assert.Null(row.AverageConfidence);
        Assert.Null(row.ReadinessIndex);
        Assert.Null(row.SupportRequests);
        Assert.Null(row.ConfidenceChange);
        Assert.Equal(40, row.ParticipationPercent);
        var storedAverages = await h.Database.QueryFirstAsync(
            "SELECT COUNT(*) FROM momentum_snapshots WHERE average_confidence IS NOT NULL OR readiness_index IS NOT NULL OR support_requests IS NOT NULL;",
            _ => { }, reader => reader.GetInt64(0), Token);
        Assert.Equal(0, storedAverages);
    }

    [Fact]
    public async Task Five_answers_store_averages_readiness_support_and_the_trend()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 9);
        int[] before = [2, 3, 3, 2, 3];
        int[] now = [4, 3, 5, 3, 2];
        for (var i = 1; i <= 5; i++)
        {
            await h.AnswerAsync("team-a", i, before[i - 1], LastWeek.AddDays(-5));
            await h.AnswerAsync("team-a", i, now[i - 1], LastWeek.AddDays(2), supportFrom: i <= 2 ? "a champion" : null, readiness: 50 + (i * 10));
        }

        var snapshot = await h.Calculator.ComputeAsync("team-a", LastWeek, Token);

        Assert.Equal(5, snapshot.Answered);
        Assert.Equal(3.4, snapshot.AverageConfidence);
        Assert.Equal(0.8, snapshot.ConfidenceChange);
        Assert.Equal(80, snapshot.ReadinessIndex);
        Assert.Equal(2, snapshot.SupportRequests);
        Assert.Equal(50, snapshot.ParticipationPercent);
    }

    [Fact]
    public async Task A_person_counts_once_a_week_with_their_latest_answer()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 5);
        for (var i = 1; i <= 5; i++)
        {
            await h.AnswerAsync("team-a", i, 3, LastWeek.AddDays(1));
        }

        await h.AnswerAsync("team-a", 1, 5, LastWeek.AddDays(3), cycleId: "another-cycle");

        var snapshot = await h.Calculator.ComputeAsync("team-a", LastWeek, Token);

        Assert.Equal(5, snapshot.Answered);
        Assert.Equal(3.4, snapshot.AverageConfidence);
    }

    [Fact]
    public async Task Exercises_count_for_the_team_members_in_the_week_only()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 6);
        await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", 1), LearningLogExercise.Id, LastWeek.AddDays(1));
        await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", 2), LearningLogExercise.Id, LastWeek.AddDays(2));
        await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", 2), "risk-ratings", LastWeek.AddDays(6).AddHours(23));
        for (var i = 3; i <= 5; i++)
        {
            await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", i), "risk-ratings", LastWeek.AddDays(3));
        }

        await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", 6), "risk-ratings", MomentumHarness.ThisWeek);
        await h.CompleteExerciseAsync("29:not-in-the-team", LearningLogExercise.Id, LastWeek.AddDays(1));

        var snapshot = await h.Calculator.ComputeAsync("team-a", LastWeek, Token);

        Assert.Equal((6, 2), (snapshot.ExercisesCompleted, snapshot.LearningLogEntries));
    }

    [Fact]
    public async Task Exercise_counts_of_fewer_people_than_the_threshold_are_not_kept()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 6);
        for (var i = 1; i <= 4; i++)
        {
            await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", i), LearningLogExercise.Id, LastWeek.AddDays(1));
            await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", i), "risk-ratings", LastWeek.AddDays(2));
        }

        var snapshot = await h.Calculator.ComputeAsync("team-a", LastWeek, Token);

        Assert.Equal((0, 0), (snapshot.ExercisesCompleted, snapshot.LearningLogEntries));
    }

    [Fact]
    public async Task Exercises_by_kind_are_kept_by_the_rule_of_the_totals_empty_for_none_and_null_for_too_few_people()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 6);
        for (var i = 1; i <= 5; i++)
        {
            await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", i), i <= 2 ? LearningLogExercise.Id : "risk-ratings", LastWeek.AddDays(1));
        }

        await h.CompleteExerciseAsync(MomentumHarness.StaffId("team-a", 1), "risk-ratings", LastWeek.AddDays(-6));
        var weeks = await h.Calculator.ComputeAsync("team-a", [LastWeek.AddDays(-14), LastWeek.AddDays(-7), LastWeek], Token);

        Assert.Equal(0, weeks[0].ExercisesByKind?.Count);
        Assert.Null(weeks[1].ExercisesByKind);
        Assert.Equal(new[] { KeyValuePair.Create(LearningLogExercise.Id, 2), KeyValuePair.Create("risk-ratings", 3) }, weeks[2].ExercisesByKind!.OrderBy(k => k.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writing_twice_leaves_one_row_per_team_and_week_and_a_stored_week_is_frozen()
    {
        await using var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync("team-a", staff: 5);
        await h.AddTeamAsync("team-b", staff: 5);

        await h.Writer.WriteLastWeekAsync(Token);
        await h.AnswerAsync("team-a", 1, 4, LastWeek.AddDays(1));
        await h.Writer.WriteLastWeekAsync(Token);
        h.Clock.Advance(TimeSpan.FromDays(7));
        await h.Writer.WriteLastWeekAsync(Token);

        var a = await h.Snapshots.ListAsync("team-a", LastWeek.AddDays(-7), MomentumHarness.ThisWeek.AddDays(7), Token);
        var b = await h.Snapshots.ListAsync("team-b", LastWeek.AddDays(-7), MomentumHarness.ThisWeek.AddDays(7), Token);
        Assert.Equal([LastWeek, MomentumHarness.ThisWeek], a.Select(s => s.WeekStart));
        Assert.Equal(0, a[0].Answered);
        Assert.Equal(2, b.Count);
    }

    [Theory]
    [InlineData("2026-11-29T23:30:00+00:00", "2026-11-23")]
    [InlineData("2026-11-30T00:00:00+00:00", "2026-11-30")]
    [InlineData("2026-11-30T00:30:00+01:00", "2026-11-23")]
    [InlineData("2026-03-29T12:00:00+00:00", "2026-03-23")]
    public void A_week_starts_on_Monday_at_midnight_UTC(string time, string monday)
    {
        var start = MomentumWeeks.StartOf(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(monday + "T00:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }
}
