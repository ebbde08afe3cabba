using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 092, through the real host on SQLite with the story store's calls counted: <c>my stories</c> read the stories
/// of every team the person is in besides their own by the author index, because on Azure Tables a story stored before
/// decision 081 had no author row. Where the author index holds every story (always on SQLite), it reads the author index
/// and the teams the person leads, and lists the same stories.
/// </summary>
public sealed class MyStoriesReadCostTests
{
    private const string TeamB = "team-b";
    private const string TeamC = "team-c";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_of_three_teams_lists_their_own_stories_from_the_author_index_without_reading_a_team()
    {
        var calls = new StoreCallCounts();
        await using var bot = await CreateAsync(calls);

        calls.Reset();
        await bot.SayAsync("my stories", StoryBot.RobinAad);

        var listed = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.All(["Robin's first team", "Robin's second team", "Robin's third team"], title => Assert.Contains(title, listed, StringComparison.Ordinal));
        Assert.DoesNotContain("Sam's", listed, StringComparison.Ordinal);
        Assert.Equal(1, calls.ByMethod["StoryStore.ListByAuthor"]);

        // Before, one read of each team Robin is in as well: 3.
        Assert.Equal(0, calls.ByMethod.GetValueOrDefault("StoryStore.ListForTeam"));
    }

    [Fact]
    public async Task A_leader_of_one_of_their_three_teams_reads_that_team_alone_and_sees_everyone_s_stories_there()
    {
        var calls = new StoreCallCounts();
        await using var bot = await CreateAsync(calls);

        calls.Reset();
        await bot.SayAsync("my stories", StoryBot.AlexAad);

        // Alex leads the first team (Sam's and Robin's stories there) and is staff in the other two (nobody else's).
        var listed = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.Contains("Sam's first team", listed, StringComparison.Ordinal);
        Assert.Contains("Robin's first team", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam's second team", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin's second team", listed, StringComparison.Ordinal);

        // Before, every team Alex is in: 3.
        Assert.Equal(1, calls.ByMethod["StoryStore.ListForTeam"]);
    }

    // StoryBot's team (Alex leads it) and two more with the same three people as staff; Robin wrote a story in each team,
    // Sam one in the first two.
    private static async Task<StoryBot> CreateAsync(StoreCallCounts calls)
    {
        var bot = await StoryBot.CreateAsync(configureServices: services => services.CountCalls<IStoryStore>(calls));
        var now = TimeProvider.System.GetUtcNow();
        var teams = bot.App.Get<ITeamStore>();
        foreach (var team in new[] { TeamB, TeamC })
        {
            await teams.UpsertTeamAsync(new Team { TeamId = team, TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Team " + team, UpdatedAt = now }, Token);
            await teams.SyncRosterAsync(team, [.. new[] { StoryBot.AlexAad, StoryBot.SamAad, StoryBot.RobinAad }.Select(aad => Member(team, aad, now))], Token);
        }

        var stories = bot.App.Get<IStoryStore>();
        string[] ordinals = ["first", "second", "third"];
        foreach (var (team, i) in new[] { StoryBot.TeamId, TeamB, TeamC }.Select((team, i) => (team, i)))
        {
            await stories.TryAddAsync(Story($"robin-{i}", team, StoryBot.RobinAad, $"Robin's {ordinals[i]} team", now.AddHours(-1 - i)), Token);
            if (i < 2)
            {
                await stories.TryAddAsync(Story($"sam-{i}", team, StoryBot.SamAad, $"Sam's {ordinals[i]} team", now.AddHours(-1 - i)), Token);
            }
        }

        return bot;
    }

    private static TeamMember Member(string team, string aad, DateTimeOffset at) =>
        new() { TeamId = team, AadObjectId = aad, TeamsUserId = StoryBot.TeamsIdOf(aad), Name = StoryBot.NameOf(aad), UpdatedAt = at };

    private static Story Story(string id, string team, string author, string title, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = team, TenantId = "t", ChannelId = team, AuthorAadObjectId = author, AuthorName = StoryBot.NameOf(author),
        Title = title, Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = at,
    };
}
