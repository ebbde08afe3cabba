using System.Diagnostics;
using System.Text;
using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The pickers of a team of 10,000 on the real host's SQLite fit in one Teams message (about 28 KB) and pass the card
/// validator: the first card, a name many people share, and a long name nobody has (decision 064), and a name spelt
/// nearly like thousands or like nobody (decision 067), and a name run together (decision 072). Before, the support picker listed everyone: 536 KB, which Teams
/// would not take.
/// </summary>
[Slow]
public sealed class LargeTeamPickerCardSizeTests
{
    private const int TeamsMessageBytes = 28 * 1024;

    [Fact]
    public async Task Every_picker_card_of_a_team_of_ten_thousand_is_under_28_KB_and_valid()
    {
        await using var bot = await LargeTeamPickerTests.LargeTeamAsync(10_000);
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        var entry = await LargeTeamPickerTests.EntryOfRobinAsync(bot);
        var longName = new string('x', 300);

        (string Verb, Dictionary<string, string> Data)[] presses =
        [
            (SupportVerbs.Choose, LargeTeamPickerTests.Cycle(cycle)),
            (SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "Colleague")),
            (SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: longName)),
            (EntryShareVerbs.Pick, LargeTeamPickerTests.Entry(entry)),
            (EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Colleague")),
            (EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, longName)),

            // Every name is spelt against what was typed (decision 067): near all of them, and near none.
            (SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "Coleague")),
            (EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Coleague")),
            (SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "Jon Smyth")),
            (EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Jon Smyth")),

            // A name run together, spelt against every name's words run together (decision 072).
            (SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "colleague042")),
            (EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "colleague042")),
        ];
        var cards = new List<JsonElement>();
        var times = new List<long>();
        foreach (var (verb, data) in presses)
        {
            var watch = Stopwatch.StartNew();
            cards.Add(await bot.PressAsync(verb, data, StoryBot.RobinAad));
            times.Add(watch.ElapsedMilliseconds);
        }

        var sizes = cards.Select(card => Encoding.UTF8.GetByteCount(card.GetRawText())).ToList();
        TestContext.Current.SendDiagnosticMessage($"Picker cards: {string.Join(", ", sizes)} bytes; turns {string.Join(", ", times)} ms");
        Assert.All(sizes, size => Assert.InRange(size, 1, TeamsMessageBytes));
        Assert.Contains($"More than {PeopleOffer.MaxListed} people match 'Colleague'", StoryBot.Text(cards[1]), StringComparison.Ordinal);
        Assert.Contains("Did you mean one of these?", StoryBot.Text(cards[6]), StringComparison.Ordinal);
        Assert.Contains("Did you mean one of these?", StoryBot.Text(cards[7]), StringComparison.Ordinal);
        Assert.Contains("No one in My Team is called 'Jon Smyth'. Check the spelling", StoryBot.Text(cards[8]), StringComparison.Ordinal);
        Assert.Contains("No one in My Team is called 'Jon Smyth'. Check the spelling", StoryBot.Text(cards[9]), StringComparison.Ordinal);
        Assert.Contains("Did you mean one of these?", StoryBot.Text(cards[10]), StringComparison.Ordinal);
        Assert.Contains("Colleague 042 (colleague)", StoryBot.Text(cards[11]), StringComparison.Ordinal);
        await CardValidation.AssertValidAsync("large-team-picker", cards);
    }
}
