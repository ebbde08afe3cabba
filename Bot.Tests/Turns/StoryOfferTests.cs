using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Staff offer a success story: the same card, check and preview, then it goes to the team's leaders and champions in
/// their 1:1 chats; the first to approve posts it by the story path, "Not this time" sends a kind word; the author hears
/// either way. Robin is staff; Alex leads; Sam is a champion.
/// </summary>
public sealed class StoryOfferTests
{
    private const string SamChat = "personal-user-id-1";
    private const string RobinChat = "personal-user-id-2";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_offer_a_story_the_leaders_and_champions_get_it_and_the_first_approval_posts_it_once()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion);
        var storyId = await OfferAsync(bot);
        await bot.DrainAsync();

        Assert.Equal(2, bot.App.Connector.Sent.Count(s => s.CardText.Contains("Robin Cole offers this success story", StringComparison.Ordinal)));
        Assert.Contains(bot.App.Connector.Sent, s => s.ConversationId == SamChat && s.CardText.Contains("Back to the allotment", StringComparison.Ordinal));
        foreach (var approver in new[] { "user-id-0", "user-id-1" })
        {
            var key = OutboxMessage.KeyFor(OutboxPersonalCards.CycleOf(storyId), approver, StoryOffers.ApprovalKind);
            Assert.Equal(OutboxStatus.Sent, (await bot.App.Get<IOutboxStore>().FindAsync(key, Token))?.Status);
        }

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
        bot.App.Connector.Sent.Clear();

        var approved = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.SamAad);
        var again = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.AlexAad);
        var declineLate = await bot.PressAsync(StoryVerbs.NotThisTime, Id(storyId), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("will appear in My Team › General", StoryBot.Text(approved), StringComparison.Ordinal);
        Assert.Contains("already approved and posted this story", StoryBot.Text(again), StringComparison.Ordinal);
        Assert.Contains("already approved and posted this story", StoryBot.Text(declineLate), StringComparison.Ordinal);
        var posted = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains("Back to the allotment", posted.CardText, StringComparison.Ordinal);
        Assert.Contains("A success story shared by Robin Cole", posted.CardText, StringComparison.Ordinal);
        var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == RobinChat);
        Assert.Contains("Sam Baker approved \"Back to the allotment\"", told.CardText, StringComparison.Ordinal);
        Assert.Equal(StoryBot.RobinAad, (await bot.App.Get<IStoryStore>().GetAsync(storyId, Token))?.AuthorAadObjectId);

        // The author can still take it down, from the card that told them.
        var takeDown = await bot.PressAsync(StoryVerbs.TakeDown, StoryBot.DataOf(told.Card!.Value, "Take it down"), StoryBot.RobinAad);
        Assert.DoesNotContain("not", StoryBot.Text(takeDown).Split('\n')[0], StringComparison.OrdinalIgnoreCase);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Fact]
    public async Task An_offer_still_waiting_when_its_author_deletes_their_data_reaches_no_approver()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader, sam: TeamRole.Champion);
        var storyId = await OfferAsync(bot);

        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.RobinAad), Token);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("Back to the allotment", StringComparison.Ordinal));
        Assert.Null(await bot.App.Get<IStoryOfferStore>().GetAsync(storyId, Token));
        foreach (var approver in new[] { "user-id-0", "user-id-1" })
        {
            Assert.Null(await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(OutboxPersonalCards.CycleOf(storyId), approver, StoryOffers.ApprovalKind), Token));
        }
    }

    [Fact]
    public async Task A_story_that_cannot_be_sent_for_approval_comes_back_as_written_with_the_reason()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff, sam: TeamRole.Staff);
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory(), StoryBot.RobinAad);

        var answer = await bot.PressAsync(StoryVerbs.Offer, StoryBot.DataOf(preview, StoryPostCards.OfferButton), StoryBot.RobinAad);

        Assert.Contains("There is no team leader or champion I can reach", StoryBot.Text(answer), StringComparison.Ordinal);
        foreach (var field in new[] { "title", "mattered", "changed", "helped" })
        {
            Assert.Contains(StoryTurnTests.GoodStory()[field], answer.GetRawText(), StringComparison.Ordinal);
        }

        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IStoryOfferStore>().GetAsync(StoryBot.DataOf(preview, StoryPostCards.OfferButton)[StoryDraft.StoryIdKey], Token));
    }

    [Fact]
    public async Task Not_this_time_posts_nothing_and_the_author_gets_the_kind_word()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var storyId = await OfferAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();

        var data = Id(storyId);
        data[StoryVerbs.KindWordKey] = "Thank you. Let's talk about it at supervision.";
        var declined = await bot.PressAsync(StoryVerbs.NotThisTime, data, StoryBot.AlexAad);
        var approveLate = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("Nothing was posted", StoryBot.Text(declined), StringComparison.Ordinal);
        Assert.Contains("already answered with not this time", StoryBot.Text(approveLate), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == RobinChat);
        Assert.Contains("Alex Wilber read \"Back to the allotment\" and decided not to post it this time", told.CardText, StringComparison.Ordinal);
        Assert.Contains("Let's talk about it at supervision.", told.CardText, StringComparison.Ordinal);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Fact]
    public async Task A_kind_word_still_waiting_when_the_leader_deletes_their_data_does_not_reach_the_author()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        var storyId = await OfferAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();
        var data = Id(storyId);
        data[StoryVerbs.KindWordKey] = "Thank you. Let's talk about it at supervision.";
        await bot.PressAsync(StoryVerbs.NotThisTime, data, StoryBot.AlexAad);

        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.AlexAad), StoryBot.AlexAad), Token);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("Let's talk about it at supervision.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_a_leader_or_champion_of_the_team_decides_and_a_tampered_story_id_is_refused()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var storyId = await OfferAsync(bot);

        var byAuthor = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.RobinAad);
        var byStaff = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.SamAad);
        var tampered = await bot.PressAsync(StoryVerbs.Approve, Id(Guid.NewGuid().ToString("N")), StoryBot.AlexAad);
        var junk = await bot.PressAsync(StoryVerbs.Approve, Id("story|../x"), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains(StoryOffers.NotYours, StoryBot.Text(byAuthor), StringComparison.Ordinal);
        Assert.Contains(StoryOffers.NotYours, StoryBot.Text(byStaff), StringComparison.Ordinal);
        Assert.Contains(StoryOffers.Gone, StoryBot.Text(tampered), StringComparison.Ordinal);
        Assert.Contains(StoryOffers.Gone, StoryBot.Text(junk), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Null((await bot.App.Get<IStoryOfferStore>().GetAsync(storyId, Token))?.Decision);
    }

    [Fact]
    public async Task Staff_get_the_same_identifying_check_and_cannot_post_directly()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var values = StoryTurnTests.GoodStory();
        values["changed"] = "Margaret Thompson now calls 07700 900123 when she wants a lift.";
        values[StoryDraft.StoryIdKey] = Guid.NewGuid().ToString("N");

        var check = await bot.PressAsync(StoryVerbs.Check, values, StoryBot.RobinAad);
        var offer = await bot.PressAsync(StoryVerbs.Offer, values, StoryBot.RobinAad);
        var post = await bot.PressAsync(StoryVerbs.Post, StoryTurnTests.GoodStory(), StoryBot.RobinAad);
        await bot.DrainAsync();

        Assert.Contains("Some words look as if they could identify someone", StoryBot.Text(check), StringComparison.Ordinal);
        Assert.Contains("Some words look as if they could identify someone", StoryBot.Text(offer), StringComparison.Ordinal);
        Assert.Contains("go to a leader or champion first", StoryBot.Text(post), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IStoryOfferStore>().GetAsync(values[StoryDraft.StoryIdKey], Token));
    }

    /// <summary>Robin writes, previews and sends the story for approval (twice: the second press queues nothing more).</summary>
    internal static async Task<string> OfferAsync(StoryBot bot)
    {
        var compose = await bot.PressAsync(StoryVerbs.Compose, new Dictionary<string, string>(), StoryBot.RobinAad);
        Assert.Contains(StoryCards.ForApprovalText, StoryBot.Text(compose), StringComparison.Ordinal);
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory(), StoryBot.RobinAad);
        Assert.Contains("once a team leader or champion approves it", StoryBot.Text(preview), StringComparison.Ordinal);
        var send = StoryBot.DataOf(preview, StoryPostCards.OfferButton);
        var offered = await bot.PressAsync(StoryVerbs.Offer, send, StoryBot.RobinAad);
        await bot.PressAsync(StoryVerbs.Offer, send, StoryBot.RobinAad);
        Assert.Contains("Your story is with your team leader", StoryBot.Text(offered), StringComparison.Ordinal);
        return send[StoryDraft.StoryIdKey];
    }

    internal static Dictionary<string, string> Id(string storyId) => new() { [StoryDraft.StoryIdKey] = storyId };
}
