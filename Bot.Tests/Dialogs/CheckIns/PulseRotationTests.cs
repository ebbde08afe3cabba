using System.Globalization;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>
/// Issue 13 point 2: the pulse asks 3 or 4 of the 14 conditions each weekly cycle, rotating so every condition is asked
/// every month; the card asks only those and says how long it takes; old cycles and answers with all 14 still read.
/// </summary>
public sealed class PulseRotationTests
{
    private static readonly string[] AllConditions = [.. ChangeReadinessPulse.Conditions.Select(f => ChangeReadinessPulse.ConditionId(f.Id))];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<int> Months() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Months))]
    public void Weekly_cycles_ask_3_or_4_conditions_each_and_every_condition_in_every_month(int month)
    {
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Sunday })
        {
            var schedule = new CheckInSchedule("t", CheckInCadence.Weekly, day, new TimeOnly(9, 30), "Europe/London");
            var cycles = DaysOf(2027, month).Where(d => d.DayOfWeek == day).Select(d => Cycle(schedule, d)).ToList();

            Assert.All(cycles, cycle => Assert.InRange(cycle.AskedConditions.Count, 3, 4));
            Assert.Equal(AllConditions.Order(), cycles.SelectMany(c => c.PulseConditions!).Distinct().Order());
        }
    }

    [Fact]
    public void Four_weekly_cycles_in_a_row_ask_each_condition_exactly_once()
    {
        var schedule = new CheckInSchedule("t", CheckInCadence.Weekly, DayOfWeek.Tuesday, new TimeOnly(8, 0), "Australia/Sydney");
        var first = new DateOnly(2026, 12, 29);
        for (var start = 0; start < 8; start++)
        {
            var asked = Enumerable.Range(start, 4).SelectMany(w => Cycle(schedule, first.AddDays(7 * w)).PulseConditions!).ToList();

            Assert.Equal(AllConditions.Order(), asked.Order());
        }
    }

    [Fact]
    public void Two_fortnightly_cycles_ask_every_condition_and_a_monthly_one_asks_all()
    {
        var fortnightly = new CheckInSchedule("t", CheckInCadence.Fortnightly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London");
        var monthly = fortnightly with { Cadence = CheckInCadence.Monthly };
        var day = new DateOnly(2027, 3, 1);

        var both = Cycle(fortnightly, day).PulseConditions!.Concat(Cycle(fortnightly, day.AddDays(14)).PulseConditions!);

        Assert.Equal(AllConditions.Order(), both.Order());
        Assert.Equal(14, Cycle(monthly, day).AskedConditions.Count);
    }

    [Fact]
    public async Task The_card_asks_only_the_cycles_statements_says_how_long_and_stores_their_readiness()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: true, conditions: PulseRotation.Groups[0]);

        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));

        Assert.Equal(5, Inputs(bot.Card).OfType<ChoiceSetInput>().Count());
        Assert.Contains("I have had a say in how we are changing", bot.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("I believe the change is needed.", bot.Json, StringComparison.Ordinal);
        Assert.Contains("About 2 minutes", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Monthly check-in", bot.Text, StringComparison.Ordinal);

        var values = CheckInDialogTests.Weekly();
        values["pulse-involved"] = "1";
        values["pulse-heard"] = "2";
        values["pulse-reasons"] = "5";
        values["pulse-big-picture"] = "4";
        values["pulse-necessary"] = "5";
        await bot.PressAsync("Send", values);

        // Ratings 1, 2, 5, 4: mean 3, so 50; the statement the card did not ask is not stored.
        var answer = await bot.Store.GetAnswerAsync(cycle.CycleId, bot.PersonId, Token);
        Assert.Equal((50, 4), (answer!.ReadinessIndex, answer.PulseRatings.Count));
        Assert.False(answer.PulseRatings.ContainsKey("necessary"));
    }

    [Fact]
    public async Task A_statement_of_the_cycle_left_out_is_asked_for_again_and_nothing_is_saved()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: true, conditions: PulseRotation.Groups[3]);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));
        var values = CheckInDialogTests.Weekly();
        values["pulse-status-quo"] = "3";
        values["pulse-pace"] = "3";

        await bot.PressAsync("Send", values);

        Assert.DoesNotContain("Please check these", bot.Text, StringComparison.Ordinal);
        Assert.Contains(CheckInDialog.PulseProblem, bot.Text, StringComparison.Ordinal);
        Assert.Null(await bot.Store.GetAnswerAsync(cycle.CycleId, bot.PersonId, Token));
    }

    [Fact]
    public async Task A_cycle_stored_before_the_rotation_still_asks_all_14_and_its_answers_count_per_condition()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: true);
        await bot.Database.ExecuteAsync("UPDATE check_in_cycles SET pulse_conditions = NULL;", _ => { }, Token);

        var stored = await bot.Store.GetCycleAsync(cycle.CycleId, Token);
        Assert.Null(stored!.PulseConditions);
        Assert.Equal(14, stored.AskedConditions.Count);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));
        await bot.PressAsync("Send", CheckInDialogTests.Monthly(5));

        var answers = await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token);
        var byCondition = ConditionReadiness.ByCondition(answers, minimum: 1);
        Assert.Equal(14, byCondition.Count);
        Assert.All(byCondition.Values, value => Assert.Equal(100, value));
    }

    [Fact]
    public void Each_condition_counts_each_persons_latest_rating_and_needs_the_threshold_of_people()
    {
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        List<CheckInAnswer> answers = [];
        for (var person = 1; person <= 5; person++)
        {
            answers.Add(Answer(person, at, ("involved", 1), ("pace", 5)));
            answers.Add(Answer(person, at.AddDays(7), ("involved", 3)));
        }

        answers.Add(Answer(6, at, ("heard", 2)));

        var byCondition = ConditionReadiness.ByCondition(answers, minimum: 5);

        Assert.Equal(50, byCondition["involved"]);
        Assert.Equal(100, byCondition["pace"]);
        Assert.False(byCondition.ContainsKey("heard"));
        Assert.Equal(75, ConditionReadiness.Overall(byCondition));
    }

    /// <summary>The weekly answers with every one of <paramref name="conditions"/> rated <paramref name="rating"/>.</summary>
    public static Dictionary<string, string> Rated(IEnumerable<string> conditions, int rating)
    {
        var values = CheckInDialogTests.Weekly();
        foreach (var condition in conditions)
        {
            values[ChangeReadinessPulse.FieldId(condition)] = rating.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static CheckInAnswer Answer(int person, DateTimeOffset at, params (string Condition, int Rating)[] ratings) =>
        new($"c-{at:yyyyMMdd}", $"29:p{person}", "team-1", 3, null, null, false, null, ratings.ToDictionary(r => r.Condition, r => r.Rating), null, at);

    private static CheckInCycle Cycle(CheckInSchedule schedule, DateOnly day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var local = day.ToDateTime(schedule.LocalTime);
        var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return CheckInFanOut.Cycle(schedule, at, null, at.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
    }

    private static IEnumerable<DateOnly> DaysOf(int year, int month) =>
        Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Select(d => new DateOnly(year, month, d));

    private static IEnumerable<CardInput> Inputs(AdaptiveCard card) => card.Body.OfType<CardInput>();
}
