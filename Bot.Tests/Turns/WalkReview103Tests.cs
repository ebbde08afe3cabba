using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Fields;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 103's walk through the journeys of 079-099, as transcripts through the real host on SQLite: what read
/// wrong to a care worker, a leader or a champion, each case failing before its fix.
/// </summary>
public sealed class WalkReview103Tests
{
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
}
