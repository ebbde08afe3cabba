using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;
using static OutcomesBot.Bot.Tests.Turns.LargeTeamPickerTests;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A name typed as a short form ("Bob"), a spelling said alike ("Shivon") or run together ("maryoconnor") on a large
/// team's picker (decision 072), through the real host on SQLite: nobody is called that, so the card asks "Did you mean
/// ...?" with the person to pick, keeps what was typed, and nothing is sent until they are picked.
/// </summary>
public sealed class LargeTeamPickerNameFormsTests
{
    private const string Robert = "aad-robert";
    private const string Siobhan = "aad-siobhan";
    private const string Mary = "aad-mary";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_support_request_to_a_short_form_asks_did_you_mean_the_full_name_and_goes_only_once_they_are_picked()
    {
        await using var bot = await TeamWithAsync(Robert, "Robert Hughes");
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "Bob Hughes"), StoryBot.RobinAad);
        await AssertNothingSentAsync(bot);
        Assert.Empty(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(Robert, Token));
        var picked = Cycle(cycle, name: "Bob Hughes");
        picked[SupportVerbs.ToKey] = Robert;
        var sent = await bot.PressAsync(SupportVerbs.Ask, picked, StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'Bob Hughes'. Did you mean Robert Hughes?", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Robert Hughes (colleague)", SupportCards.AnonymousChoice], ChoiceTitles(card, SupportVerbs.ToKey));
        Assert.Equal("Bob Hughes", InputValue(card, SupportVerbs.NameKey));
        Assert.Equal(About, InputValue(card, SupportVerbs.AboutKey));
        Assert.Contains("I have sent it to Robert Hughes", StoryBot.Text(sent), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(Robert, Token));
    }

    [Fact]
    public async Task An_entry_share_to_a_name_said_alike_asks_did_you_mean_and_previews_only_once_they_are_picked()
    {
        await using var bot = await TeamWithAsync(Siobhan, "Siobhán Kelly");
        var entry = await EntryOfRobinAsync(bot);

        var card = await bot.PressAsync(EntryShareVerbs.Preview, Entry(entry, "Shivon Kelly"), StoryBot.RobinAad);
        var picked = Entry(entry, "Shivon Kelly");
        picked[EntryShareVerbs.ToKey] = Siobhan;
        var preview = await bot.PressAsync(EntryShareVerbs.Preview, picked, StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'Shivon Kelly'. Did you mean Siobhán Kelly?", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Siobhán Kelly (colleague)"], ChoiceTitles(card, EntryShareVerbs.ToKey));
        Assert.Equal("expanded", StyleOf(card, EntryShareVerbs.ToKey));
        Assert.Equal("Shivon Kelly", InputValue(card, EntryShareVerbs.NameKey));
        Assert.Contains("Check before you send it to Siobhán Kelly", StoryBot.Text(preview), StringComparison.Ordinal);
        await AssertNothingSentAsync(bot);
    }

    [Fact]
    public async Task A_support_request_to_a_name_run_together_asks_did_you_mean_and_goes_only_once_they_are_picked()
    {
        await using var bot = await TeamWithAsync(Mary, "Mary O'Connor");
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "maryoconnor"), StoryBot.RobinAad);
        await AssertNothingSentAsync(bot);
        Assert.Empty(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(Mary, Token));
        var picked = Cycle(cycle, name: "maryoconnor");
        picked[SupportVerbs.ToKey] = Mary;
        var sent = await bot.PressAsync(SupportVerbs.Ask, picked, StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'maryoconnor'. Did you mean Mary O'Connor?", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Mary O'Connor (colleague)", SupportCards.AnonymousChoice], ChoiceTitles(card, SupportVerbs.ToKey));
        Assert.Equal("maryoconnor", InputValue(card, SupportVerbs.NameKey));
        Assert.Contains("I have sent it to Mary O'Connor", StoryBot.Text(sent), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(Mary, Token));
    }

    // LargeTeamPickerTests' team of 60 and one more colleague.
    private static async Task<StoryBot> TeamWithAsync(string aad, string name)
    {
        var bot = await LargeTeamAsync(60);
        await bot.App.Get<ITeamStore>().UpsertMemberAsync(new TeamMember { TeamId = StoryBot.TeamId, AadObjectId = aad, TeamsUserId = "29:" + aad, Name = name }, Token);
        return bot;
    }
}
