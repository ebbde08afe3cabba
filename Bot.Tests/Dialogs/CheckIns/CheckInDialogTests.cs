using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>Transcripts of the check-in: open the card, answer, see the thank-you card, and what is stored.</summary>
public sealed class CheckInDialogTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Dictionary<string, string> Weekly(string confidence = "4") => new()
    {
        ["confidence"] = confidence,
        ["went-well"] = "Mrs B chose her own goal",
        ["barrier"] = "The old review form",
        ["wants-support"] = "false",
    };

    public static Dictionary<string, string> Monthly(int rating = 4)
    {
        var values = Weekly();
        foreach (var field in ChangeReadinessPulse.Conditions)
        {
            values[field.Id] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    [Fact]
    public async Task Weekly_check_in_is_answered_and_stored()
    {
        await using var bot = await CheckInDriver.CreateAsync();

        await bot.SendAsync(CheckInVerbs.Open);
        Assert.Contains("How confident do you feel", bot.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("how ready do you feel", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Send", Weekly());

        Assert.Contains("Thank you", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Mrs B chose her own goal", bot.Text, StringComparison.Ordinal);
        Assert.Contains("anonymous themes", bot.Text, StringComparison.Ordinal);
        var answer = Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.Equal((4, "Mrs B chose her own goal", "The old review form", false, (string?)null, (int?)null), (answer.Confidence, answer.WentWell, answer.Barrier, answer.WantsSupport, answer.SupportFrom, answer.ReadinessIndex));
        Assert.Empty(answer.PulseRatings);
        Assert.Equal(CheckInDriver.Start, answer.AnsweredAt);
    }

    [Fact]
    public async Task Monthly_check_in_asks_the_pulse_and_stores_the_readiness_index()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: true);

        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));
        Assert.Contains("Monthly check-in", bot.Text, StringComparison.Ordinal);
        Assert.Contains("I believe the change is needed.", bot.Json, StringComparison.Ordinal);
        var values = Monthly(4);
        values["pulse-involved"] = "1";
        values["pulse-heard"] = "2";
        await bot.PressAsync("Send", values);

        // Ratings: twelve 4s, a 1 and a 2: mean 51/14 = 3.642..., (mean - 1) / 4 * 100 = 66.07 -> 66.
        Assert.Contains("Readiness for change", bot.Text, StringComparison.Ordinal);
        Assert.Contains("66 out of 100", bot.Text, StringComparison.Ordinal);
        var answer = await bot.Store.GetAnswerAsync(cycle.CycleId, bot.PersonId, Token);
        Assert.NotNull(answer);
        Assert.Equal(("team-1", 66, 14, 1), (answer.TeamId, answer.ReadinessIndex, answer.PulseRatings.Count, answer.PulseRatings["involved"]));
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, 0)]
    [InlineData(new[] { 5, 5 }, 100)]
    [InlineData(new[] { 3 }, 50)]
    [InlineData(new[] { 1, 2 }, 13)]
    public void Readiness_index_maps_the_mean_rating_onto_0_to_100(int[] ratings, int expected) =>
        Assert.Equal(expected, ReadinessIndex.Compute(ratings));

    [Fact]
    public async Task Wanting_support_saves_the_answer_and_offers_to_choose_who_to_ask_telling_nobody_yet()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        var values = Weekly();
        values["wants-support"] = "true";

        await bot.PressAsync("Send", values);

        Assert.Contains("Choose who I should ask for you, or keep it anonymous and nobody will be told", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your team leader will share how it is used", bot.Text, StringComparison.Ordinal);
        var answer = Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.Equal((true, (string?)null), (answer.WantsSupport, answer.SupportFrom));
    }

    [Fact]
    public async Task A_typed_support_from_value_is_not_kept()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        var values = Weekly();
        values["wants-support"] = "true";
        values["support-from"] = "Someone";

        await bot.PressAsync("Send", values);

        var answer = Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.Null(answer.SupportFrom);
    }

    [Theory]
    [InlineData("confidence", "7", "from 1 to 5")]
    [InlineData("pulse-heard", "0", "from 1 to 5")]
    [InlineData("wants-support", "maybe", "on or off")]
    public async Task Tampered_values_bring_the_card_back_with_problems_and_store_nothing(string field, string value, string problem)
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: true);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));
        var values = Monthly();
        values[field] = value;

        await bot.PressAsync("Send", values);

        Assert.DoesNotContain("Please check these", bot.Text, StringComparison.Ordinal);
        Assert.Contains(problem, bot.Text, StringComparison.Ordinal);
        Assert.Null(await bot.Store.GetAnswerAsync(cycle.CycleId, bot.PersonId, Token));
    }

    [Fact]
    public async Task An_unknown_verb_stores_nothing()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        var cycle = (await bot.Store.FindOpenCycleAsync(bot.PersonId, CheckInDriver.Start, Token))!;
        var values = Weekly();
        values[CheckInVerbs.CycleKey] = cycle.CycleId;

        await bot.SendAsync("checkin.delete-everything", values);

        Assert.Contains("did not recognise", bot.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
    }

    [Fact]
    public async Task The_same_card_sent_twice_stores_one_answer_and_the_later_replaces()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        var first = bot.RequestFor("Send", Weekly("2"));
        var second = bot.RequestFor("Send", Weekly("5"));

        await bot.Dialog.HandleAsync(first, Token);
        var again = await bot.Dialog.HandleAsync(second, Token);

        Assert.Contains("updated your answer", ExerciseDriver.TextOf(again), StringComparison.Ordinal);
        var answer = Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.Equal(5, answer.Confidence);
    }

    [Fact]
    public async Task Concurrent_submits_store_one_answer()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        var request = bot.RequestFor("Send", Weekly());

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => bot.Dialog.HandleAsync(request, Token), Token)));

        Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
    }

    [Fact]
    public async Task Opening_again_shows_the_answer_already_given()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        await bot.PressAsync("Send", Weekly("3"));

        await bot.PressAsync("Change my answer");

        Assert.Contains("already answered", bot.Text, StringComparison.Ordinal);
        Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
    }

    [Fact]
    public async Task A_closed_cycle_takes_no_answer()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        var request = bot.RequestFor("Send", Weekly());
        bot.Clock.Advance(bot.Options.AdHocCycleLength + TimeSpan.FromMinutes(1));

        var card = await bot.Dialog.HandleAsync(request, Token);

        Assert.Contains("has closed", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
    }

    [Fact]
    public async Task A_team_cycle_takes_no_answer_once_the_team_s_next_cycle_has_opened()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var monday = await bot.OpenTeamCycleAsync("team-1", pulse: false);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(monday));
        var oldCard = bot.RequestFor("Send", Weekly());

        // The leader moved the rhythm to Wednesdays: Wednesday's cycle opens before Monday's planned close.
        bot.Clock.Advance(TimeSpan.FromDays(2));
        var wednesday = await bot.OpenTeamCycleAsync("team-1", pulse: false);
        var card = await bot.Dialog.HandleAsync(oldCard, Token);

        Assert.Contains("has closed", ExerciseDriver.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(wednesday));
        await bot.PressAsync("Send", Weekly());
        Assert.Equal(wednesday.CycleId, Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token)).CycleId);
    }

    [Fact]
    public async Task Snooze_pause_and_opt_out_are_stored_and_checkin_brings_them_back()
    {
        await using var bot = await CheckInDriver.CreateAsync(timeZone: "America/New_York");
        await bot.SendAsync(CheckInVerbs.Open);

        await bot.PressAsync("Snooze 3 hours");
        Assert.Equal(CheckInDriver.Start.AddHours(3), (await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).SnoozedUntil);
        await bot.PressAsync("Check in now");
        await bot.PressAsync("Tomorrow morning");
        // 10:00 UTC Monday is 05:00 in New York; tomorrow morning is Tuesday 09:00 there, 14:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero), (await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).SnoozedUntil);
        Assert.Contains("Tuesday 24 November at 09:00", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Check in now");
        await bot.PressAsync("Pause for 4 weeks");
        Assert.Equal(CheckInDriver.Start.AddDays(28), (await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).PausedUntil);

        await bot.PressAsync("Resume check-ins");
        Assert.Contains("back on", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Stop check-ins");
        Assert.True((await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).OptedOut);

        await bot.SendAsync(CheckInVerbs.Open);
        Assert.Contains("Welcome back", bot.Text, StringComparison.Ordinal);
        Assert.False((await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).OptedOut);
    }

    [Fact]
    public async Task Checkin_while_paused_says_until_when_and_offers_resume_instead_of_pause()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        await bot.PressAsync("Pause for 4 weeks");
        Assert.Contains("After that they come again by themselves.", bot.Text, StringComparison.Ordinal);

        await bot.SendAsync(CheckInVerbs.Open);

        // 10:00 UTC Monday 23 November, paused for 28 days.
        Assert.Contains("Your check-ins are paused until Monday 21 December at 10:00 (your time). You can still answer this one.", bot.Text, StringComparison.Ordinal);
        var titles = bot.Card.Actions!.Select(action => action.Title).ToList();
        Assert.Contains("Resume check-ins", titles);
        Assert.DoesNotContain("Pause for 4 weeks", titles);

        await bot.PressAsync("Send", Weekly());
        await bot.PressAsync("Change my answer");
        Assert.Contains("paused until Monday 21 December", bot.Text, StringComparison.Ordinal);
        Assert.Contains("already answered", bot.Text, StringComparison.Ordinal);
        Assert.Equal(CheckInDriver.Start.AddDays(28), (await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).PausedUntil);

        await bot.PressAsync("Resume check-ins");
        Assert.Null((await bot.Store.GetPreferencesAsync(bot.PersonId, Token)).PausedUntil);
        Assert.DoesNotContain("paused", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Pause for 4 weeks", bot.Card.Actions!.Select(action => action.Title));
    }

    [Fact]
    public async Task Checkin_opens_the_open_cycle_of_the_team_last_answered_for()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var first = await bot.OpenTeamCycleAsync("team-1", pulse: false);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(first));
        await bot.PressAsync("Send", Weekly());
        bot.Clock.Advance(TimeSpan.FromDays(8));
        var monthly = await bot.OpenTeamCycleAsync("team-1", pulse: true);

        await bot.SendAsync(CheckInVerbs.Open);

        Assert.Contains("Monthly check-in", bot.Text, StringComparison.Ordinal);
        Assert.Equal(monthly.CycleId, bot.Card.Actions!.OfType<OutcomesBot.Cards.Model.ExecuteAction>().First().Data![CheckInVerbs.CycleKey]);
    }
}
