using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>
/// A check-in sent after its cycle closed (or after the team's next one opened) saves nothing, but what the person wrote
/// comes back on the form of their current check-in, ready to send. First found by the usability audit
/// (CheckInClosedLosesTextTests): the answer was "This check-in has closed. Nothing was saved." and "Check in now" opened a
/// blank form.
/// </summary>
public sealed class ClosedCheckInKeepsWhatWasWrittenTests
{
    private const string WentWell = "Mrs K chose her own visit times and we planned around her garden club";
    private const string Barrier = "The review form still asks for tasks, not outcomes";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sending_a_check_in_after_its_cycle_closed_keeps_what_the_person_wrote()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: false);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));

        // Written on the card, sent once the week has gone by (the card was left open on the phone).
        bot.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(5));
        var closed = await bot.PressAsync("Send", new Dictionary<string, string> { ["confidence"] = "4", ["went-well"] = WentWell, ["barrier"] = Barrier });
        Assert.Contains("This check-in has closed", ExerciseDriver.TextOf(closed), StringComparison.Ordinal);
        var closedJson = bot.Json;

        // The audit pressed "Check in now" here; the closed answer is now itself the form of the current check-in.
        Assert.Contains(WentWell, closedJson + bot.Json, StringComparison.Ordinal);
        Assert.Contains(Barrier, closedJson, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));

        await bot.PressAsync("Send", new Dictionary<string, string> { ["confidence"] = "4", ["went-well"] = WentWell, ["barrier"] = Barrier, ["wants-support"] = "false" });
        var saved = Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.NotEqual(cycle.CycleId, saved.CycleId);
        Assert.Equal(WentWell, saved.WentWell);
    }

    [Fact]
    public async Task A_check_in_sent_after_the_team_s_next_one_opened_comes_back_on_the_next_one_s_form()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var monday = await bot.OpenTeamCycleAsync("team-1", pulse: false);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(monday));
        var oldCard = bot.RequestFor("Send", new Dictionary<string, string> { ["confidence"] = "2", ["went-well"] = WentWell, ["barrier"] = Barrier, ["wants-support"] = "true" });

        // The leader moved the rhythm to Wednesdays: Wednesday's cycle opens before Monday's planned close (decision 052).
        bot.Clock.Advance(TimeSpan.FromDays(2));
        var wednesday = await bot.OpenTeamCycleAsync("team-1", pulse: true, conditions: PulseRotation.Groups[0]);
        await bot.SendAsync(oldCard.Verb, oldCard.Values);

        Assert.Contains("This check-in has closed, so nothing was saved. Here is what you wrote, ready to send for the current one.", bot.Text, StringComparison.Ordinal);
        Assert.Contains(WentWell, bot.Json, StringComparison.Ordinal);
        Assert.Contains(Barrier, bot.Json, StringComparison.Ordinal);
        Assert.Empty(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));

        // Send on the new form answers Wednesday's check-in, its pulse statements included.
        var values = new Dictionary<string, string>(oldCard.Values.Where(value => value.Key != CheckInVerbs.CycleKey)) { ["wants-support"] = "false" };
        foreach (var condition in PulseRotation.Groups[0])
        {
            values[ChangeReadinessPulse.FieldId(condition)] = "4";
        }

        await bot.PressAsync("Send", values);
        var saved = Assert.Single(await bot.Store.ListAnswersForPersonAsync(bot.PersonId, Token));
        Assert.Equal((wednesday.CycleId, "team-1", WentWell), (saved.CycleId, saved.TeamId, saved.WentWell));
    }
}
