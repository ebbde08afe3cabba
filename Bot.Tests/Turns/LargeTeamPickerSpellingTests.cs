using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;
using static OutcomesBot.Bot.Tests.Turns.LargeTeamPickerTests;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A name typed with a letter wrong on a large team's picker (decision 067), through the real host on SQLite: nobody has
/// it, so the card comes back asking "Did you mean ...?" with those people to pick from and what was typed kept; nothing
/// is sent until one of them is picked.
/// </summary>
public sealed class LargeTeamPickerSpellingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_support_request_to_a_misspelt_name_asks_did_you_mean_and_goes_only_once_they_are_picked()
    {
        await using var bot = await LargeTeamAsync(60);
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "Zoe Martn"), StoryBot.RobinAad);
        await AssertNothingSentAsync(bot);
        var picked = Cycle(cycle, name: "Zoe Martn");
        picked[SupportVerbs.ToKey] = Zoe;
        var sent = await bot.PressAsync(SupportVerbs.Ask, picked, StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'Zoe Martn'. Did you mean Zoë Martin?", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Zoë Martin (colleague)", SupportCards.AnonymousChoice], ChoiceTitles(card, SupportVerbs.ToKey));
        Assert.Equal("Zoe Martn", InputValue(card, SupportVerbs.NameKey));
        Assert.Equal(About, InputValue(card, SupportVerbs.AboutKey));
        Assert.Null(InputValue(card, SupportVerbs.ToKey));
        Assert.Contains("I have sent it to Zoë Martin", StoryBot.Text(sent), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(Zoe, Token));
    }

    [Fact]
    public async Task A_misspelt_name_close_to_several_people_lists_them_to_pick_one()
    {
        await using var bot = await LargeTeamAsync(60);
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "Chirs"), StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'Chirs'. Did you mean one of these?", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Chris Doyle (colleague)", "Chris Evans (colleague)", SupportCards.AnonymousChoice], ChoiceTitles(card, SupportVerbs.ToKey));
        Assert.Equal("Chirs", InputValue(card, SupportVerbs.NameKey));
        await AssertNothingSentAsync(bot);
    }

    [Fact]
    public async Task An_entry_share_to_a_misspelt_name_asks_did_you_mean_and_previews_only_once_they_are_picked()
    {
        await using var bot = await LargeTeamAsync(60);
        var entry = await EntryOfRobinAsync(bot);

        var card = await bot.PressAsync(EntryShareVerbs.Preview, Entry(entry, "chris evns"), StoryBot.RobinAad);
        var picked = Entry(entry, "chris evns");
        picked[EntryShareVerbs.ToKey] = ChrisEvans;
        var preview = await bot.PressAsync(EntryShareVerbs.Preview, picked, StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'chris evns'. Did you mean Chris Evans?", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Check before you send it", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Chris Evans (colleague)"], ChoiceTitles(card, EntryShareVerbs.ToKey));
        // The suggestion shows at once, one tap, not inside a closed drop-down.
        Assert.Equal("expanded", StyleOf(card, EntryShareVerbs.ToKey));
        Assert.Equal("chris evns", InputValue(card, EntryShareVerbs.NameKey));
        Assert.Contains("Check before you send it to Chris Evans", StoryBot.Text(preview), StringComparison.Ordinal);
        await AssertNothingSentAsync(bot);
    }
}
