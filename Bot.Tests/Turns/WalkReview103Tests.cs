using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Fields;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 103's walk through the journeys of 079-099, as transcripts through the real host on SQLite: what read
/// wrong to a care worker, a leader or a champion, each case failing before its fix.
/// </summary>
public sealed class WalkReview103Tests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // The champion's "starting now" card said "Round 2 comes on Tuesday 8 December, 14:00, as planned.": the set's time,
    // read as the champion's own, where the "set is on" card just before named the zone.
    [Fact]
    public async Task Start_the_first_round_now_says_whose_time_round_two_comes_in()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var started = await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);

        var now = await bot.PressAsync(LearningSetVerbs.StartNow, StoryBot.DataOf(started, LearningSetMemberCards.StartNowButton));

        Assert.Matches($@"Round 2 comes on \w+ \d+ \w+, \d\d:\d\d \({System.Text.RegularExpressions.Regex.Escape(ZoneChoices.Label(set.TimeZoneId))} time\), as planned\.", StoryBot.Text(now));
    }

    // "Your data is deleted" said "Press **Resume check-ins**, or type **checkin**, to start them again." with no button
    // on it: the person had to know to type. The button is there now, and pressing it starts check-ins again.
    [Fact]
    public async Task The_deleted_card_that_kept_a_stop_carries_the_Resume_button_it_names()
    {
        await using var bot = await StoryBot.CreateAsync();
        await bot.PressAsync(CheckInVerbs.OptOut, new Dictionary<string, string>(), StoryBot.RobinAad);
        await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);

        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.RobinAad);

        Assert.Contains("Press **Resume check-ins**", StoryBot.Text(deleted), StringComparison.Ordinal);
        var resume = CardJsonButtons.Find(deleted, "Resume check-ins");
        var data = resume["data"] is null ? [] : StoryBot.DataOf(deleted, "Resume check-ins");
        var answer = await bot.PressAsync(resume["verb"]!.GetValue<string>(), data, StoryBot.RobinAad);
        Assert.Contains("Check-ins are back on.", StoryBot.Text(answer), StringComparison.Ordinal);
        Assert.False((await bot.App.Get<ICheckInStore>().GetPreferencesAsync(StoryBot.TeamsIdOf(StoryBot.RobinAad), Token)).OptedOut);
    }

    // A guard: nothing kept, no Resume button on the deleted card (it would start what was never stopped).
    [Fact]
    public async Task The_deleted_card_of_someone_who_stopped_nothing_has_no_Resume_button()
    {
        await using var bot = await StoryBot.CreateAsync();
        await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.RobinAad);

        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.RobinAad);

        Assert.Contains("Your data is deleted", StoryBot.Text(deleted), StringComparison.Ordinal);
        Assert.Empty(CardJsonButtons.All(deleted));
    }

    // A set ended after round 1 with no answers: the channel showed "No more rounds will come." and, under it, the round's
    // summary saying "That's fine: the next round is a fresh start."
    [Fact]
    public async Task The_summary_of_the_round_an_end_closes_promises_no_next_round()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await LearningSetEndTests.StartRoundOneAsync(bot);

        await bot.PressAsync(LearningSetVerbs.End, LearningSetEndTests.SetData(set));
        await bot.DrainAsync();

        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        Assert.Contains("Nobody answered this round.", summary.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("next round", summary.CardText, StringComparison.Ordinal);
    }

    // "Turn back on" on the "my data" card answered with the note's own "Notes back on" card, and its "Stop notes like
    // this": the person, there to look at their settings, was put outside "my data" with no way back to it.
    [Fact]
    public async Task Turn_back_on_in_my_data_turns_the_notes_on_and_stays_in_my_data()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        var stop = new Dictionary<string, string> { [NoteStopVerbs.GroupKey] = NoteGroups.Shares.Name };
        await bot.PressAsync(NoteStopVerbs.Stop, stop, StoryBot.SamAad);
        var myData = await bot.PressAsync(MyDataVerbs.Open, new Dictionary<string, string>(), StoryBot.SamAad);

        var button = CardJsonButtons.Find(myData, NoteStopCards.TurnBackOnButton);
        var back = await bot.PressAsync(button["verb"]!.GetValue<string>(), StoryBot.DataOf(myData, NoteStopCards.TurnBackOnButton), StoryBot.SamAad);

        Assert.StartsWith("Your data\n", StoryBot.Text(back), StringComparison.Ordinal);
        Assert.Contains("Notes about your requests and shares (seen, or arrived) are back on.", StoryBot.Text(back), StringComparison.Ordinal);
        Assert.DoesNotContain(NoteStopCards.ListTitle, StoryBot.Text(back), StringComparison.Ordinal);
        Assert.Contains("Delete my data", StoryBot.Text(back), StringComparison.Ordinal);
        Assert.Empty(await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token));
    }

    // A forged group on the new button stores nothing and says so, on the "my data" card.
    [Fact]
    public async Task Turn_back_on_with_an_unknown_group_changes_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        await bot.PressAsync(NoteStopVerbs.Stop, new Dictionary<string, string> { [NoteStopVerbs.GroupKey] = NoteGroups.Shares.Name }, StoryBot.SamAad);

        var back = await bot.PressAsync(MyDataVerbs.NotesOn, new Dictionary<string, string> { [NoteStopVerbs.GroupKey] = "SHARES" }, StoryBot.SamAad);

        Assert.Contains(NoteStopCards.NotTurnedBackOnText, StoryBot.Text(back), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token));
    }
}
