using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A champion stops the weekly ask for a story for themselves, in one team, and undoes it (decision 079). Through the
/// real host on SQLite: the digest runner queues the asks, the champion presses the button on the card they were sent,
/// and types <c>ask me for stories</c>. Alex (who has a 1:1 chat) and Sam are champions; Robin is staff.
/// </summary>
public sealed class StoryAskOwnStopTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_champion_who_presses_dont_ask_me_is_not_asked_again_and_the_other_champion_still_is()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion, sam: TeamRole.Champion);
        var first = TimeProvider.System.GetUtcNow();
        Assert.Equal(2, await RunAsync(bot, first));
        await bot.DrainAsync();
        var ask = Assert.Single(bot.App.Connector.Sent).Card!.Value;

        var stopped = await bot.PressAsync(StoryVerbs.AskStop, StoryBot.DataOf(ask, DigestCards.StopButton), StoryBot.AlexAad);

        Assert.Contains("I won't ask you for stories for My Team any more.", StoryBot.Text(stopped), StringComparison.Ordinal);
        Assert.Contains("type **ask me for stories**", StoryBot.Text(stopped), StringComparison.Ordinal);
        var next = first.AddDays(7);
        Assert.Equal(1, await RunAsync(bot, next));
        Assert.False(await AskedAsync(bot, next, StoryBot.AlexAad));
        Assert.True(await AskedAsync(bot, next, StoryBot.SamAad));
    }

    [Fact]
    public async Task The_ask_for_a_story_has_a_button_that_opens_the_story_form()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion);
        Assert.Equal(1, await RunAsync(bot, TimeProvider.System.GetUtcNow()));
        await bot.DrainAsync();
        var ask = Assert.Single(bot.App.Connector.Sent).Card!.Value;

        var write = CardJsonButtons.Find(ask, "Write a story");
        var form = await bot.PressAsync(write["verb"]!.GetValue<string>(), new Dictionary<string, string>(), StoryBot.AlexAad);

        Assert.Contains("Share a success story", StoryBot.Text(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stop_card_says_how_to_undo_it_and_its_button_or_the_command_brings_the_ask_back()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion, sam: TeamRole.Champion);
        var first = TimeProvider.System.GetUtcNow();
        var stopped = await bot.PressAsync(StoryVerbs.AskStop, Team(), StoryBot.AlexAad);
        var again = await bot.PressAsync(StoryVerbs.AskAgain, StoryBot.DataOf(stopped, DigestCards.AgainButton), StoryBot.AlexAad);
        Assert.Equal(2, await RunAsync(bot, first));

        await bot.PressAsync(StoryVerbs.AskStop, Team(), StoryBot.AlexAad);
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("ask me for stories", StoryBot.AlexAad);
        var typed = Assert.Single(bot.App.Connector.Sent);
        var next = first.AddDays(7);
        Assert.Equal(2, await RunAsync(bot, next));
        await bot.SayAsync("ask me for stories", StoryBot.AlexAad);

        Assert.Contains("When a week has no stories in My Team, I'll ask you for one again.", StoryBot.Text(again), StringComparison.Ordinal);
        Assert.Contains("When a week has no stories in My Team, I'll ask you for one again.", typed.CardText, StringComparison.Ordinal);
        Assert.Contains(DigestCards.NothingStoppedText, bot.App.Connector.Sent.Last().CardText, StringComparison.Ordinal);
        Assert.True(await AskedAsync(bot, next, StoryBot.AlexAad));
    }

    [Fact]
    public async Task Someone_who_is_not_a_champion_of_the_team_the_card_names_stops_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion);

        var staff = await bot.PressAsync(StoryVerbs.AskStop, Team(), StoryBot.RobinAad);
        var otherTeam = await bot.PressAsync(StoryVerbs.AskStop, Team("some-other-team"), StoryBot.AlexAad);
        var noTeam = await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string>(), StoryBot.AlexAad);

        Assert.All([staff, otherTeam, noTeam], card => Assert.Equal(DigestCards.AskStopRefusedText, StoryBot.Text(card)));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.RobinAad, Token));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token));
        Assert.Equal(1, await RunAsync(bot, TimeProvider.System.GetUtcNow()));
    }

    // Decision 104: the delete keeps the stop (it was deleted with the rest before).
    [Fact]
    public async Task The_stop_is_in_my_data_downloaded_and_kept_by_its_delete()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion);
        await bot.PressAsync(StoryVerbs.AskStop, Team(), StoryBot.AlexAad);
        var person = new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.AlexAad), StoryBot.AlexAad);

        var export = await bot.App.Get<PersonalDataControl>().ExportAsync(person, Token);
        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.AlexAad);

        var stop = Assert.Single(export["sources"]!["storyAskStops"]!["stops"]!.AsArray());
        Assert.Equal(StoryBot.TeamId, stop!["team_id"]!.GetValue<string>());
        Assert.Contains("I kept one thing: " + StoryAskStopsKept.Words, StoryBot.Text(deleted), StringComparison.Ordinal);
        Assert.DoesNotContain("Your stop of my asks for stories", StoryBot.Text(deleted), StringComparison.Ordinal);
        Assert.Equal([StoryBot.TeamId], (await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token)).Select(s => s.TeamId));
    }

    // Decision 084: a champion of several teams stops the ask in all of them with one more press, checked against the
    // roster at that press: Alex champions My Team and Second Team, is staff in Third Team, then (while the card waits)
    // leaves Second Team and is named champion of Third Team.
    [Fact]
    public async Task A_champion_of_several_teams_stops_the_ask_in_every_team_they_champion_at_the_press()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion);
        await AddTeamAsync(bot, "team-2", "Second Team", champion: true);
        await AddTeamAsync(bot, "team-3", "Third Team", champion: false);
        var stopped = await bot.PressAsync(StoryVerbs.AskStop, Team(), StoryBot.AlexAad);
        var teams = bot.App.Get<ITeamStore>();
        await teams.RemoveMemberAsync("team-2", StoryBot.AlexAad, Token);
        await teams.SetChampionAsync("team-3", StoryBot.AlexAad, true, TimeProvider.System.GetUtcNow(), Token);

        var all = CardJsonButtons.Find(stopped, DigestCards.StopAllButton);
        var stoppedInAll = await bot.PressAsync(all["verb"]!.GetValue<string>(), new Dictionary<string, string>(), StoryBot.AlexAad);

        Assert.Contains(DigestCards.OtherTeamsText, StoryBot.Text(stopped), StringComparison.Ordinal);
        Assert.Contains("I won't ask you for stories for My Team and Third Team any more.", StoryBot.Text(stoppedInAll), StringComparison.Ordinal);
        Assert.Equal(["team-3", StoryBot.TeamId], (await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token)).Select(stop => stop.TeamId).Order());
        Assert.Equal(0, await RunAsync(bot, TimeProvider.System.GetUtcNow()));
        var again = await bot.PressAsync(StoryVerbs.AskAgain, StoryBot.DataOf(stoppedInAll, DigestCards.AgainButton), StoryBot.AlexAad);
        Assert.Contains("I'll ask you for one again", StoryBot.Text(again), StringComparison.Ordinal);
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.AlexAad, Token));
    }

    /// <summary>A guard: a champion of one team is not offered the second button, and staff pressing it stop nothing.</summary>
    [Fact]
    public async Task A_champion_of_one_team_is_not_offered_all_teams_and_staff_stop_nothing_with_it()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion);

        var stopped = await bot.PressAsync(StoryVerbs.AskStop, Team(), StoryBot.AlexAad);
        var staff = await bot.PressAsync(StoryVerbs.AskStopAll, new Dictionary<string, string>(), StoryBot.RobinAad);

        Assert.DoesNotContain(DigestCards.StopAllButton, stopped.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(DigestCards.AskStopRefusedText, StoryBot.Text(staff));
        Assert.Empty(await bot.App.Get<IStoryAskStops>().ListForPersonAsync(StoryBot.RobinAad, Token));
    }

    private static async Task AddTeamAsync(StoryBot bot, string teamId, string name, bool champion)
    {
        var teams = bot.App.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = teamId, TenantId = "00000000-0000-0000-0000-0000000000001", ServiceUrl = "https://smba.example/", Name = name, UpdatedAt = now }, Token);
        await teams.UpsertMemberAsync(
            new TeamMember { TeamId = teamId, AadObjectId = StoryBot.AlexAad, TeamsUserId = StoryBot.TeamsIdOf(StoryBot.AlexAad), Name = StoryBot.NameOf(StoryBot.AlexAad), UpdatedAt = now }, Token);
        await teams.SetChampionAsync(teamId, StoryBot.AlexAad, champion, now, Token);
    }

    private static Task<int> RunAsync(StoryBot bot, DateTimeOffset periodEnd) =>
        bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, periodEnd, Token);

    private static async Task<bool> AskedAsync(StoryBot bot, DateTimeOffset periodEnd, string aad) =>
        await bot.App.Get<IOutboxStore>().FindAsync(
            OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(StoryBot.TeamId, periodEnd), StoryBot.TeamsIdOf(aad), StoryDigestRunner.AskKind), Token) is not null;

    private static Dictionary<string, string> Team(string team = StoryBot.TeamId) => new() { [StoryVerbs.TeamKey] = team };
}
