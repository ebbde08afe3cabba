using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Bot.Tests.Turns;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Scheduler.EntrySharing;
using OutcomesBot.Scheduler.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Decision 094, the same contract: a 1:1 notice that names a colleague (request seen, entry delivered, champion named or
/// removed, joined a learning set) waits with the colleague's id in a slot, never their name, and goes naming them, or
/// with the card's words for nobody once they have deleted their data.
/// </summary>
public abstract partial class OutboxAtRestContract
{
    [Fact]
    public async Task A_request_seen_notice_waiting_when_the_helper_deletes_their_data_holds_nothing_of_them_and_says_the_person_you_asked()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Staff);
        await SeeAlexsRequestAsync(bot);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, SupportDialog.SeenKind));

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Your request for support was seen", StringComparison.Ordinal));
        Assert.Contains("The person you asked has seen your request and will follow it up with you.", told.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsName, told.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_seen_notice_waits_with_the_helper_s_id_not_their_name_and_goes_naming_them()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Staff);
        await SeeAlexsRequestAsync(bot);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, StoryBot.SamAad));
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Your request for support was seen", StringComparison.Ordinal));
        Assert.Contains(SamsName + " has seen your request and will follow it up with you.", told.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_delivered_notice_waiting_when_its_recipient_deletes_their_data_holds_nothing_of_them_and_says_the_person_you_picked()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Staff);
        await DeliverAlexsEntryToSamAsync(bot);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, EntryShareDialog.DeliveredKind));

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Your entry was delivered", StringComparison.Ordinal));
        Assert.Contains("The person you picked now has the entry you sent on", told.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(SamsName, told.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_delivered_notice_waits_with_the_recipient_s_id_not_their_name_and_goes_naming_them()
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, TeamRole.Staff);
        await DeliverAlexsEntryToSamAsync(bot);

        await AssertOutboxHoldsNoneOfAsync(bot, SamsName);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Your entry was delivered", StringComparison.Ordinal));
        Assert.Contains(SamsName + " now has the entry you sent on", told.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "A team leader named you.")]
    [InlineData(false, "A team leader changed it.")]
    public async Task A_champion_notice_waiting_when_the_leader_deletes_their_data_holds_nothing_of_them_and_says_a_team_leader(bool named, string expected)
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, named ? TeamRole.Staff : TeamRole.Champion);
        await ChangeSamsChampionRoleAsync(bot, named);
        Assert.NotEmpty(await OutboxHoldingAsync(bot, named ? ChampionNaming.NamedKind : ChampionNaming.RemovedKind));

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.AlexAad);

        await AssertOutboxHoldsNoneOfAsync(bot, AlexsName);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("champion in", StringComparison.Ordinal));
        Assert.Contains(expected, told.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(AlexsName, told.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, " named you.")]
    [InlineData(false, " changed it.")]
    public async Task A_champion_notice_waits_with_the_leader_s_id_not_their_name_and_goes_naming_them(bool named, string expected)
    {
        await using var bot = await CreateBotAsync(TeamRole.Leader, named ? TeamRole.Staff : TeamRole.Champion);
        await ChangeSamsChampionRoleAsync(bot, named);

        await AssertOutboxHoldsNoneOfAsync(bot, AlexsName);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("champion in", StringComparison.Ordinal));
        Assert.Contains(AlexsName + expected, told.CardText, StringComparison.Ordinal);
    }

    // Alex, a leader, names Sam a champion (or stops), on the champions card, which queues the notice to Sam.
    private static async Task ChangeSamsChampionRoleAsync(StoryBot bot, bool named)
    {
        var data = new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad };
        await bot.PressAsync(named ? ChampionVerbs.Name : ChampionVerbs.Remove, data, StoryBot.AlexAad);
        Assert.Equal(named, (await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))?.IsChampion);
        bot.App.Connector.Sent.Clear();
    }

    [Fact]
    public async Task A_joined_notice_waiting_when_the_starter_deletes_their_data_holds_nothing_of_them_and_says_a_champion()
    {
        await using var bot = await CreateBotAsync(TeamRole.Champion, TeamRole.Staff);
        await StartAlexsSetAsync(bot);

        await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.AlexAad);

        await AssertOutboxHoldsNoneOfAsync(bot, AlexsName);
        await bot.DrainAsync();
        var told = bot.App.Connector.Sent.Where(s => s.CardText.Contains("You're in an action-learning set", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.All(told, t => Assert.Contains("A champion asked you to join", t.CardText, StringComparison.Ordinal));
        Assert.All(told, t => Assert.DoesNotContain(AlexsName, t.CardText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_joined_notice_waits_with_the_starter_s_id_not_their_name_and_goes_naming_them()
    {
        await using var bot = await CreateBotAsync(TeamRole.Champion, TeamRole.Staff);
        await StartAlexsSetAsync(bot);

        await AssertOutboxHoldsNoneOfAsync(bot, AlexsName);
        await bot.DrainAsync();
        var told = bot.App.Connector.Sent.Where(s => s.CardText.Contains("You're in an action-learning set", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.All(told, t => Assert.Contains(AlexsName + " asked you to join", t.CardText, StringComparison.Ordinal));
    }

    // Alex, a champion, starts a set with Sam and Robin in the channel, which queues the "you're in a set" notice to each.
    private static async Task StartAlexsSetAsync(StoryBot bot)
    {
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        Assert.NotEmpty(await bot.App.Get<ILearningSetStore>().ListForTeamAsync(StoryBot.TeamId, Token));
        bot.App.Connector.Sent.Clear();
    }

    // Alex asked Sam for support; Sam presses "I have seen it", which queues the notice to Alex.
    private static async Task SeeAlexsRequestAsync(StoryBot bot)
    {
        var at = TimeProvider.System.GetUtcNow();
        var request = new SupportRequest("req-1", TenantId, StoryBot.TeamId, StoryBot.TeamsIdOf(StoryBot.AlexAad), StoryBot.AlexAad, StoryBot.NameOf(StoryBot.AlexAad), "the rota", at);
        await bot.App.Get<ISupportRequestStore>().TryAddAsync(request, new SupportRecipient("req-1", StoryBot.TeamsIdOf(StoryBot.SamAad), StoryBot.SamAad, SamsName, at), Token);
        await bot.PressAsync(SupportVerbs.Seen, new Dictionary<string, string> { [SupportVerbs.RequestKey] = "req-1" }, StoryBot.SamAad);
        var key = OutboxMessage.KeyFor(OutboxSupportDelivery.CycleOf("req-1"), StoryBot.TeamsIdOf(StoryBot.AlexAad), SupportDialog.SeenKind);
        Assert.Equal(OutboxStatus.Pending, (await bot.App.Get<IOutboxStore>().FindAsync(key, Token))?.Status);
        bot.App.Connector.Sent.Clear();
    }

    // Alex sent Sam an entry from Alex's own chat with the bot (StoryBot's people share one chat id, which Sam's delete
    // would forget); it reaches Sam's chat, which queues the "delivered" notice to Alex.
    private static async Task DeliverAlexsEntryToSamAsync(StoryBot bot)
    {
        var chat = Samples.Fresh("message-personal");
        chat["text"] = "my data";
        chat["from"] = new JsonObject { ["id"] = StoryBot.TeamsIdOf(StoryBot.AlexAad), ["name"] = StoryBot.NameOf(StoryBot.AlexAad), ["aadObjectId"] = StoryBot.AlexAad };
        chat["conversation"]!["id"] = "alex-own-chat";
        using (var said = await bot.App.PostActivityAsync(chat))
        {
            Assert.True(said.IsSuccessStatusCode);
        }

        var at = TimeProvider.System.GetUtcNow();
        var alex = StoryBot.TeamsIdOf(StoryBot.AlexAad);
        var sam = StoryBot.TeamsIdOf(StoryBot.SamAad);
        var share = new EntryShare("share-1", TenantId, alex, StoryBot.AlexAad, StoryBot.NameOf(StoryBot.AlexAad), sam, StoryBot.SamAad, SamsName, "session-1", "exercise-1", at);
        Assert.True(await bot.App.Get<IEntryShareStore>().TryAddAsync(share, Token));
        var sent = OutboxMessage.Create(OutboxSupportDelivery.CycleOf("share-1"), sam, TenantId, SupportDialog.SharedEntryKind, "{}", at);

        // What the engine does once the entry is in Sam's chat (a drain would send the notice in the same pass).
        await bot.App.Get<IEnumerable<IOutboxFollowUp>>().OfType<EntryShareDeliveredFollowUp>().Single().OnSentAsync(sent, Token);
        var key = OutboxMessage.KeyFor(OutboxSupportDelivery.CycleOf("share-1"), alex, EntryShareDialog.DeliveredKind);
        Assert.Equal(OutboxStatus.Pending, (await bot.App.Get<IOutboxStore>().FindAsync(key, Token))?.Status);
        bot.App.Connector.Sent.Clear();
    }
}
