using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Two leaders naming the same champion at the same moment: both read the member before either writes, as in a race
/// between two turns, and the new champion hears it once.
/// </summary>
public sealed class ChampionNamingRaceTests
{
    private const string RobinChat = "personal-user-id-2";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_leaders_naming_the_same_champion_at_once_send_one_notice()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Leader);
        var store = new BothReadFirst(bot.App.Get<ITeamStore>(), StoryBot.RobinAad);
        var naming = new ChampionNaming(store, bot.App.Get<TeamRoles>(), bot.App.Get<IPersonalCards>(), bot.App.Get<IFormerChampions>(), TimeProvider.System);

        await Task.WhenAll(
            Task.Run(() => naming.SetAsync(StoryBot.AlexAad, StoryBot.TeamId, StoryBot.RobinAad, isChampion: true, Token), Token),
            Task.Run(() => naming.SetAsync(StoryBot.SamAad, StoryBot.TeamId, StoryBot.RobinAad, isChampion: true, Token), Token));
        await bot.DrainAsync();

        Assert.True((await bot.App.Get<ITeamStore>().GetMemberAsync(StoryBot.TeamId, StoryBot.RobinAad, Token))!.IsChampion);
        var told = Assert.Single(bot.App.Connector.Sent, s => s.Card is not null);
        Assert.Equal(RobinChat, told.ConversationId);
        Assert.Contains("You're a champion in My Team", told.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_removed_and_named_again_is_told_each_time()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var naming = bot.App.Get<ChampionNaming>();

        await naming.SetAsync(StoryBot.AlexAad, StoryBot.TeamId, StoryBot.RobinAad, isChampion: true, Token);
        await naming.SetAsync(StoryBot.AlexAad, StoryBot.TeamId, StoryBot.RobinAad, isChampion: false, Token);
        await naming.SetAsync(StoryBot.AlexAad, StoryBot.TeamId, StoryBot.RobinAad, isChampion: true, Token);
        await bot.DrainAsync();

        var told = bot.App.Connector.Sent.Where(s => s.Card is not null && s.ConversationId == RobinChat).Select(s => s.CardText).ToList();
        Assert.Equal(3, told.Count);
        Assert.Equal(2, told.Count(t => t.Contains("You're a champion in My Team", StringComparison.Ordinal)));
    }

    /// <summary>The real store, where the two reads of one member both happen before either caller goes on to write.</summary>
    private sealed class BothReadFirst(ITeamStore inner, string racedAad) : ITeamStore
    {
        private readonly TaskCompletionSource bothRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int reads;

        public async Task<TeamMember?> GetMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken)
        {
            var member = await inner.GetMemberAsync(teamId, aadObjectId, cancellationToken);
            if (aadObjectId == racedAad && Interlocked.Increment(ref reads) <= 2)
            {
                if (reads >= 2)
                {
                    bothRead.TrySetResult();
                }

                await bothRead.Task.WaitAsync(cancellationToken);
            }

            return member;
        }

        public Task<TeamMember?> FindMemberByTeamsUserIdAsync(string teamId, string teamsUserId, CancellationToken cancellationToken) =>
            inner.FindMemberByTeamsUserIdAsync(teamId, teamsUserId, cancellationToken);

        public Task UpsertTeamAsync(Team team, CancellationToken cancellationToken) => inner.UpsertTeamAsync(team, cancellationToken);

        public Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) => inner.GetTeamAsync(teamId, cancellationToken);

        public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) => inner.ListTeamsAsync(cancellationToken);

        public Task SyncRosterAsync(string teamId, IReadOnlyList<TeamMember> roster, CancellationToken cancellationToken) => inner.SyncRosterAsync(teamId, roster, cancellationToken);

        public Task UpsertMemberAsync(TeamMember member, CancellationToken cancellationToken) => inner.UpsertMemberAsync(member, cancellationToken);

        public Task<IReadOnlyList<TeamMember>> ListMembersAsync(string teamId, CancellationToken cancellationToken) => inner.ListMembersAsync(teamId, cancellationToken);

        public Task<bool> RemoveMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) => inner.RemoveMemberAsync(teamId, aadObjectId, cancellationToken);

        public Task<IReadOnlyList<TeamMember>> ListMembershipsAsync(string aadObjectId, CancellationToken cancellationToken) => inner.ListMembershipsAsync(aadObjectId, cancellationToken);

        public Task<bool> SetChampionAsync(string teamId, string aadObjectId, bool isChampion, DateTimeOffset at, CancellationToken cancellationToken) =>
            inner.SetChampionAsync(teamId, aadObjectId, isChampion, at, cancellationToken);
    }
}
