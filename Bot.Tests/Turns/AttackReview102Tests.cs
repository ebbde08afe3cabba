using System.Text.Json;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 102's attacker's review of 095-099, through the real host on SQLite: the guards for what held (each passed on
/// the code before). What was found is held by <c>LoggedIdKeyOptionsTests</c> and <c>SqlitePressBudgetRefusalTests</c>.
/// </summary>
public sealed class AttackReview102Tests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // 095 left card values (Activity.Value) as typed. Of the kinds whose slots are filled at the send, typed text reaches a
    // set's joined notice (the topic) and the author's story decision (the title the author typed, the decider's kind
    // word): each goes through PlainText, which drops the slot's mark, so a slot typed there is never filled.
    [Fact]
    public async Task Guard_a_name_slot_typed_into_a_topic_a_story_title_or_a_kind_word_is_never_filled_in()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, configureServices: StoryBot.NoBackgroundDrain);
        await Stranger.MeetAsync(bot);
        var set = LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad);
        set["topic"] = "Risk" + Stranger.Slot;
        await bot.PressAsync(LearningSetVerbs.Start, set, inChannel: true);
        var storyId = await OfferAsync(bot, "Allotment" + Stranger.Slot);
        var decline = StoryOfferTests.Id(storyId);
        decline[StoryVerbs.KindWordKey] = "Thank you" + Stranger.Slot;
        await bot.PressAsync(StoryVerbs.NotThisTime, decline, StoryBot.AlexAad);
        await bot.DrainAsync();

        var joined = bot.App.Connector.Sent.Where(s => s.CardText.Contains("You're in an action-learning set", StringComparison.Ordinal)).ToList();
        var decided = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("decided not to post it this time", StringComparison.Ordinal));
        Assert.Equal(2, joined.Count);
        Assert.All(joined, s => Assert.Contains("asked you to join \"Riskname:" + Stranger.Aad + "|x\"", s.CardText, StringComparison.Ordinal));
        Assert.Contains("Alex Wilber read \"Allotmentname:" + Stranger.Aad + "|x\"", decided.CardText, StringComparison.Ordinal);
        Assert.Contains("Thank youname:" + Stranger.Aad + "|x", decided.CardText, StringComparison.Ordinal);
        Assert.All(bot.App.Connector.Sent, s => Assert.DoesNotContain(Stranger.Name, JsonSerializer.Serialize(s.Activity, ProtocolJson.Options), StringComparison.Ordinal));
    }

    // 096: the stop is the sender's, whatever else the card's data names; groups named for what cannot be stopped (a story
    // to approve, a colleague's request or entry, the Graph notice), or a known group re-cased or padded, store nothing.
    [Fact]
    public async Task Guard_a_stop_is_the_senders_own_whatever_the_card_names_and_requests_cannot_be_stopped()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        var forged = new Dictionary<string, string>
        {
            [NoteStopVerbs.GroupKey] = NoteGroups.Roles.Name,
            ["aadObjectId"] = StoryBot.SamAad,
            ["teamsUserId"] = StoryBot.TeamsIdOf(StoryBot.SamAad),
            ["person"] = StoryBot.SamAad,
        };

        var robins = await bot.PressAsync(NoteStopVerbs.Stop, forged, StoryBot.RobinAad);
        string[] unstoppable = ["story-approval", "support-request", "shared-entry", "permission", "Roles", "roles ", "roles\u200B"];
        var refused = await Task.WhenAll(unstoppable.Select(name => bot.PressAsync(NoteStopVerbs.Stop, Group(name), StoryBot.SamAad)));
        await bot.PressAsync(ChampionVerbs.Name, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad });
        await bot.DrainAsync();

        var stops = bot.App.Get<INoteStops>();
        Assert.Contains("I won't send you notes about champions", StoryBot.Text(robins), StringComparison.Ordinal);
        Assert.Equal([NoteGroups.Roles.Name], (await stops.ListForPersonAsync(StoryBot.RobinAad, Token)).Select(stop => stop.Group));
        Assert.Empty(await stops.ListForPersonAsync(StoryBot.SamAad, Token));
        Assert.All(refused, card => Assert.Equal(NoteStopCards.RefusedText, StoryBot.Text(card)));
        Assert.Contains(bot.App.Connector.Sent, s => s.ConversationId == "personal-user-id-1" && s.CardText.Contains("You're a champion in My Team", StringComparison.Ordinal));
    }

    // 096: two presses of one stop at once keep one stop, and the next note of the group is skipped once.
    [Fact]
    public async Task Guard_two_presses_of_a_stop_at_once_keep_one_stop_and_the_note_is_held_back()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);

        var both = await Task.WhenAll(
            bot.PressAsync(NoteStopVerbs.Stop, Group(NoteGroups.Roles.Name), StoryBot.SamAad),
            bot.PressAsync(NoteStopVerbs.Stop, Group(NoteGroups.Roles.Name), StoryBot.SamAad));
        await bot.PressAsync(ChampionVerbs.Name, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad });
        await bot.DrainAsync();

        Assert.All(both, card => Assert.Contains("I won't send you notes about champions", StoryBot.Text(card), StringComparison.Ordinal));
        Assert.Single(await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token));
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.CardText.Contains("You're a champion in My Team", StringComparison.Ordinal));
    }

    // 099: what waits for a leader is shown in their 1:1 chat only: never on the welcome card in a channel or a group chat,
    // where everyone reads it, and not to a leader the roster has since made staff.
    [Fact]
    public async Task Guard_what_waits_for_a_leader_is_not_shown_in_a_channel_or_group_chat_nor_once_they_are_staff()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("hi", StoryBot.AlexAad);
        var personal = Assert.Single(bot.App.Connector.Sent).CardText;
        bot.App.Connector.Sent.Clear();

        await SayHiAsync(bot, "message-channel");
        await SayHiAsync(bot, "message-groupChat");
        var back = await bot.PressAsync(WelcomeVerbs.ShowWelcome, new Dictionary<string, string>(), StoryBot.AlexAad, inChannel: true);
        var shared = bot.App.Connector.Sent.Select(s => s.CardText).Append(StoryBot.Text(back)).ToList();
        var teams = bot.App.Get<ITeamStore>();
        var members = await teams.ListMembersAsync(StoryBot.TeamId, Token);
        await teams.SyncRosterAsync(StoryBot.TeamId, [.. members.Select(m => m.AadObjectId == StoryBot.AlexAad ? m with { IsOwner = false } : m)], Token);
        Assert.Equal(TeamRole.Staff, await bot.App.Get<TeamRoles>().RoleOfAsync(StoryBot.TeamId, StoryBot.AlexAad, Token));
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("hi", StoryBot.AlexAad);
        var demoted = Assert.Single(bot.App.Connector.Sent).CardText;

        Assert.Contains(WelcomeCard.WaitingHeading, personal, StringComparison.Ordinal);
        Assert.Equal(3, shared.Count(text => text.Contains("Welcome to OutcomesBot", StringComparison.Ordinal)));
        Assert.All(shared.Append(demoted), text =>
        {
            Assert.DoesNotContain(WelcomeCard.WaitingHeading, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Sam Baker", text, StringComparison.Ordinal);
        });
    }

    // 099: the box's button carries the team's id; a leader of another team pressing it, as sent or with their own team's
    // id, sees nothing of the team they do not lead.
    [Fact]
    public async Task Guard_decide_on_champions_with_a_team_the_presser_does_not_lead_shows_nothing_of_it()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("hi", StoryBot.AlexAad);
        var decide = StoryBot.DataOf(Assert.Single(bot.App.Connector.Sent).Card!.Value, ChampionsWaiting.Decide);
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "https://smba.example/", Name = "Second Team", UpdatedAt = now }, Token);
        await teams.UpsertMemberAsync(new TeamMember { TeamId = "team-2", AadObjectId = StoryBot.RobinAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.RobinAad), Name = "Robin Cole", IsOwner = true, UpdatedAt = now }, Token);

        var asSent = await bot.PressAsync(ChampionVerbs.Open, decide, StoryBot.RobinAad);
        var ownTeam = await bot.PressAsync(ChampionVerbs.Open, new Dictionary<string, string>(decide) { [ChampionVerbs.TeamKey] = "team-2" }, StoryBot.RobinAad);

        Assert.Contains("You are not a leader of that team", StoryBot.Text(asSent), StringComparison.Ordinal);
        Assert.Contains("Second Team", StoryBot.Text(ownTeam), StringComparison.Ordinal);
        Assert.All([asSent, ownTeam], card => Assert.DoesNotContain("Sam Baker", StoryBot.Text(card), StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Group(string name) => new() { [NoteStopVerbs.GroupKey] = name };

    // Alex @mentions the bot with "hi" where everyone reads the answer.
    private static async Task SayHiAsync(StoryBot bot, string sample)
    {
        var message = Samples.Fresh(sample);
        message["text"] = "<at>Test Bot</at> hi";
        await Stranger.PostAsync(bot, message);
    }

    // Robin writes a story with this title and offers it for approval (as StoryOfferTests.OfferAsync, with the title typed).
    private static async Task<string> OfferAsync(StoryBot bot, string title)
    {
        await bot.PressAsync(StoryVerbs.Compose, new Dictionary<string, string>(), StoryBot.RobinAad);
        var story = StoryTurnTests.GoodStory();
        story["title"] = title;
        var preview = await bot.PressAsync(StoryVerbs.Check, story, StoryBot.RobinAad);
        var send = StoryBot.DataOf(preview, StoryPostCards.OfferButton);
        var offered = await bot.PressAsync(StoryVerbs.Offer, send, StoryBot.RobinAad);
        Assert.Contains("Your story is with your team leader", StoryBot.Text(offered), StringComparison.Ordinal);
        return send[StoryDraft.StoryIdKey];
    }
}
