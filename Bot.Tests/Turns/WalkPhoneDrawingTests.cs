using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 103's walk, drawn as a phone shows it: cards sent through the real host (SQLite) and drawn 360 px wide in
/// Chromium (<see cref="PhoneDrawing"/>), where a button that runs off the card cannot be pressed.
/// </summary>
[Slow]
public sealed class WalkPhoneDrawingTests
{
    private const string BackText = "Sam Baker, a champion here before they left, is back in the team as staff.";

    // Drawn at 360 px, "Make them a champion again" and "See the team's champions" ran past the note's right edge (the
    // champions card's own pair was shortened to "Make champion" / "Keep as staff" in 091's review).
    [Fact]
    public async Task A_leaders_note_that_a_champion_is_back_has_every_button_on_a_phones_screen()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(BackText, StringComparison.Ordinal));

        Assert.Empty(await PhoneDrawing.ButtonsRunningOffAsync(told.Card!.Value));
        Assert.Contains("Make champion", told.CardText, StringComparison.Ordinal);
    }
}
