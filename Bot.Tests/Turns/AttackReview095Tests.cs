using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 095's attacker's review of 089-094, through the real host on SQLite. A 1:1 notice waits with a slot where a
/// colleague's name goes (094), filled in as it goes from whatever AAD id the slot holds. A team or channel name is chosen
/// by people and shown in those notices, so one shaped like a slot made the bot write the name of anyone it knows, from
/// any team or tenant, into the card: every string from Teams now comes in without the slot's mark.
/// </summary>
public sealed class AttackReview095Tests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_renamed_to_hold_a_name_slot_never_puts_someone_else_s_name_in_a_champion_notice()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Staff, configureServices: StoryBot.NoBackgroundDrain);
        await Stranger.MeetAsync(bot);
        var renamed = Samples.Fresh("message-channel");
        renamed["channelData"]!["team"]!["name"] = "My Team" + Stranger.Slot;
        await Stranger.PostAsync(bot, renamed);

        await bot.PressAsync(ChampionVerbs.Name, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad }, StoryBot.AlexAad);
        await bot.DrainAsync();

        var told = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("You're a champion in", StringComparison.Ordinal));
        Assert.Contains("Alex Wilber named you.", told.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(Stranger.Name, JsonSerializer.Serialize(told.Activity, ProtocolJson.Options), StringComparison.Ordinal);
        Assert.Equal("My Teamname:" + Stranger.Aad + "|x", (await bot.App.Get<ITeamStore>().GetTeamAsync(StoryBot.TeamId, Token))?.Name);
    }

    [Fact]
    public async Task A_channel_renamed_to_hold_a_name_slot_never_puts_someone_else_s_name_in_a_joined_notice()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await Stranger.MeetAsync(bot);
        var renamed = Samples.Fresh("message-channel");
        renamed["conversation"]!["name"] = "Rota" + Stranger.Slot;
        await Stranger.PostAsync(bot, renamed);

        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        Assert.NotEmpty(await bot.App.Get<ILearningSetStore>().ListForTeamAsync(StoryBot.TeamId, Token));
        await bot.DrainAsync();

        var told = bot.App.Connector.Sent.Where(s => s.CardText.Contains("You're in an action-learning set", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.All(told, t => Assert.Contains("in My Team › Rotaname:" + Stranger.Aad + "|x, with", t.CardText, StringComparison.Ordinal));
        Assert.All(told, t => Assert.DoesNotContain(Stranger.Name, JsonSerializer.Serialize(t.Activity, ProtocolJson.Options), StringComparison.Ordinal));
    }

    // 095's Left open, mended on review: a channel's name went into the bot's own words as card markdown, so a channel
    // named like a link showed as a link the bot seemed to offer, in the members' joined notice and the champion's answer.
    [Fact]
    public async Task A_channel_named_like_a_link_shows_as_its_text_in_the_joined_notices_and_the_champions_answer()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        var renamed = Samples.Fresh("message-channel");
        renamed["conversation"]!["name"] = "[Check your account](https://example.com/x)";
        await Stranger.PostAsync(bot, renamed);

        var started = await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        await bot.DrainAsync();

        var told = bot.App.Connector.Sent.Where(s => s.CardText.Contains("You're in an action-learning set", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.All(told.Select(t => t.CardText).Append(StoryBot.Text(started)), text =>
        {
            Assert.Contains(@"My Team › \[Check your account\](https://example.com/x)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("[Check your account](", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_display_name_shaped_like_a_name_slot_is_kept_without_its_marks()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain);
        var said = Samples.Fresh("message-channel");
        said["from"] = new JsonObject { ["id"] = StoryBot.TeamsIdOf(StoryBot.SamAad), ["name"] = "Sam" + Stranger.Slot, ["aadObjectId"] = StoryBot.SamAad };
        await Stranger.PostAsync(bot, said);

        Assert.Equal("Samname:" + Stranger.Aad + "|x", (await bot.App.Get<IPersonStore>().FindByAadObjectIdAsync(StoryBot.SamAad, Token))?.Name);
        Assert.Equal("Samname:" + Stranger.Aad + "|x", (await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))?.Name);
    }

    // "Keep as staff" (091) forgets a former champion's note, checked as "Make champion" is: the presser must lead the team
    // the press names, now. Robin leads another team and presses with the card as sent, then with their own team's id twice
    // at once: none of it forgets the note in Sam's team, shows Sam's name, or names Sam a champion anywhere.
    [Fact]
    public async Task Guard_keep_as_staff_from_another_teams_leader_as_sent_or_with_their_own_team_twice_at_once_forgets_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        var keep = StoryBot.DataOf(await ChampionsCardAsync(bot), ChampionCards.KeepAsStaff);
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-2", TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "https://smba.example/", Name = "Second Team", UpdatedAt = now }, Token);
        await teams.UpsertMemberAsync(new TeamMember { TeamId = "team-2", AadObjectId = StoryBot.RobinAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.RobinAad), Name = "Robin", IsOwner = true, UpdatedAt = now }, Token);
        var ownTeam = new Dictionary<string, string>(keep) { [ChampionVerbs.TeamKey] = "team-2" };

        var asSent = await bot.PressAsync(ChampionVerbs.Keep, keep, StoryBot.RobinAad);
        var twice = await Task.WhenAll(bot.PressAsync(ChampionVerbs.Keep, ownTeam, StoryBot.RobinAad), bot.PressAsync(ChampionVerbs.Keep, ownTeam, StoryBot.RobinAad));

        Assert.Contains("You are not a leader of that team", StoryBot.Text(asSent), StringComparison.Ordinal);
        Assert.All(twice, card => Assert.DoesNotContain("Sam Baker", StoryBot.Text(card), StringComparison.Ordinal));
        Assert.Equal([StoryBot.SamAad], (await bot.App.Get<IFormerChampions>().ListAsync(StoryBot.TeamId, Token)).Select(note => note.AadObjectId));
        Assert.Contains("Sam Baker was a champion here before they left. Make them one again?", StoryBot.Text(await ChampionsCardAsync(bot)), StringComparison.Ordinal);
        Assert.DoesNotContain(await teams.ListMembershipsAsync(StoryBot.SamAad, Token), member => member.IsChampion);
    }

    private static Task<JsonElement> ChampionsCardAsync(StoryBot bot) =>
        bot.PressAsync(ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId }, StoryBot.AlexAad);
}
