using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Retention;
using OutcomesBot.Scheduler.Rosters;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 091, through the real host on SQLite: a champion who leaves and comes back a second time is told to the
/// leaders again; a leader who was not told (made a leader since) is asked on the team's champions card until a leader
/// names them or leaves them as staff, with the same checks at the press; and the note is forgotten by the retention
/// job once its period has passed (the job run on a manual clock set that far on; the host keeps the system clock, as
/// ChampionComesBackTests does: a host on a manual clock stalled in this leave-and-return flow, see decision 091).
/// </summary>
public sealed class ChampionComesBackAgainTests
{
    private const string BackText = "Sam Baker, a champion here before they left, is back in the team as staff.";
    private const string Asked = "Sam Baker was a champion here before they left. Make them one again?";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_champion_who_leaves_and_comes_back_a_second_time_is_told_to_the_leader_again_and_once()
    {
        await using var bot = await CreateAsync();
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();
        var first = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(BackText, StringComparison.Ordinal));
        await bot.PressAsync(ChampionVerbs.Name, StoryBot.DataOf(first.Card!.Value, ChampionNoticeCards.MakeChampionAgain), StoryBot.AlexAad);
        Assert.True((await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))!.IsChampion);

        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();
        await bot.App.Get<IRosterSync>().SyncAsync(StoryBot.TeamId, null, Token);
        await bot.DrainAsync();

        Assert.Equal(2, bot.App.Connector.Sent.Count(s => s.CardText.Contains(BackText, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_leader_made_after_the_return_is_asked_on_the_champions_card_and_names_them_with_its_button()
    {
        await using var bot = await CreateAsync();
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();
        var teams = bot.App.Get<ITeamStore>();
        var members = await teams.ListMembersAsync(StoryBot.TeamId, Token);
        await teams.SyncRosterAsync(StoryBot.TeamId, [.. members.Select(m => m.AadObjectId == StoryBot.RobinAad ? m with { IsOwner = true } : m)], Token);
        bot.App.Connector.Sent.Clear();

        await bot.SayAsync("champions", StoryBot.RobinAad);

        var card = Assert.Single(bot.App.Connector.Sent);
        Assert.Contains(Asked, card.CardText, StringComparison.Ordinal);
        var named = await bot.PressAsync(ChampionVerbs.Name, StoryBot.DataOf(card.Card!.Value, ChampionCards.MakeChampion), StoryBot.RobinAad);
        Assert.Contains("Sam Baker is now a champion in My Team.", StoryBot.Text(named), StringComparison.Ordinal);
        Assert.DoesNotContain(Asked, StoryBot.Text(named), StringComparison.Ordinal);
        Assert.True((await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))!.IsChampion);
    }

    [Fact]
    public async Task Leave_them_as_staff_stops_the_question_and_pressed_by_someone_who_does_not_lead_changes_nothing()
    {
        await using var bot = await CreateAsync();
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        var asking = await ChampionsCardAsync(bot);
        Assert.Contains(Asked, StoryBot.Text(asking), StringComparison.Ordinal);
        var keep = StoryBot.DataOf(asking, ChampionCards.KeepAsStaff);

        var refused = await bot.PressAsync(ChampionVerbs.Keep, keep, StoryBot.RobinAad);
        Assert.Contains("You are not a leader of that team", StoryBot.Text(refused), StringComparison.Ordinal);
        Assert.Contains(Asked, StoryBot.Text(await ChampionsCardAsync(bot)), StringComparison.Ordinal);

        var kept = await bot.PressAsync(ChampionVerbs.Keep, keep, StoryBot.AlexAad);

        Assert.Contains("Sam Baker stays as staff.", StoryBot.Text(kept), StringComparison.Ordinal);
        Assert.DoesNotContain(Asked, StoryBot.Text(kept), StringComparison.Ordinal);
        Assert.DoesNotContain(Asked, StoryBot.Text(await ChampionsCardAsync(bot)), StringComparison.Ordinal);
        Assert.Empty(await bot.App.Get<IFormerChampions>().ListAsync(StoryBot.TeamId, Token));
        Assert.False((await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token))!.IsChampion);
    }

    [Fact]
    public async Task The_question_is_asked_until_the_retention_job_forgets_the_note_180_days_after_the_return()
    {
        await using var bot = await CreateAsync();
        await ChampionComesBackTests.LeaveAndComeBackAsync(bot);
        await bot.DrainAsync();

        var returned = TimeProvider.System.GetUtcNow();

        await PurgeAsync(bot, returned.AddDays(179));
        Assert.Contains(Asked, StoryBot.Text(await ChampionsCardAsync(bot)), StringComparison.Ordinal);

        await PurgeAsync(bot, returned.AddDays(181));
        Assert.DoesNotContain(Asked, StoryBot.Text(await ChampionsCardAsync(bot)), StringComparison.Ordinal);
        var export = await bot.App.Get<PersonalDataControl>().ExportAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.SamAad), StoryBot.SamAad), Token);
        Assert.True(export["sources"]?["teamMemberships"]?["formerChampion"] is null or JsonArray { Count: 0 });
    }

    private static Task<StoryBot> CreateAsync() => StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: StoryBot.NoBackgroundDrain);

    private static Task<System.Text.Json.JsonElement> ChampionsCardAsync(StoryBot bot) =>
        bot.PressAsync(ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId }, StoryBot.AlexAad);

    // The daily retention run as it would run on that day.
    private static async Task PurgeAsync(StoryBot bot, DateTimeOffset on)
    {
        await using var scope = bot.App.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<RetentionPurge>(scope.ServiceProvider, (TimeProvider)new ManualTimeProvider(on)).RunAsync(Token);
    }
}
