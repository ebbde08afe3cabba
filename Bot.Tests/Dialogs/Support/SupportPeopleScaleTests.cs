using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Support;

/// <summary>
/// The support picker lists a whole team. Its roles come from the roster it has just read: it read each member's row
/// again, one query per member, so a team of thousands made the card wait on thousands of reads (decision 063).
/// </summary>
public sealed class SupportPeopleScaleTests
{
    [Fact]
    public async Task The_picker_reads_the_roster_once_however_large_the_team_and_still_puts_leaders_first()
    {
        await using var sqlite = await TempSqlite.CreateAsync();
        var token = TestContext.Current.CancellationToken;
        var stored = new SqliteTeamStore(sqlite.Database, TimeProvider.System);
        var roster = Enumerable.Range(0, 300).Select(i => new TeamMember
        {
            TeamId = "19:big", AadObjectId = $"aad-{i:D3}", TeamsUserId = $"29:m-{i:D3}", Name = $"Member {i:D3}",
            IsOwner = i == 150, UpdatedAt = DateTimeOffset.UnixEpoch,
        }).ToList();
        await stored.SyncRosterAsync("19:big", roster, token);
        await stored.SetChampionAsync("19:big", "aad-200", true, DateTimeOffset.UnixEpoch, token);
        var reads = 0;
        var teams = new Mock<ITeamStore>(MockBehavior.Strict);
        teams.Setup(t => t.ListMembersAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string team, CancellationToken cancellationToken) => { reads++; return stored.ListMembersAsync(team, cancellationToken); });
        teams.Setup(t => t.GetMemberAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string team, string aad, CancellationToken cancellationToken) => { reads++; return stored.GetMemberAsync(team, aad, cancellationToken); });
        var people = new SupportPeople(teams.Object, new TeamRoles(teams.Object, new RoleOptions()));

        var choices = (await people.ReachableAsync("19:big", "aad-000", token)).Select(p => p.Choice).ToList();

        Assert.Equal(1, reads);
        Assert.Equal(299, choices.Count);
        Assert.Equal(["Member 150 (team leader)", "Member 200 (champion)", "Member 001 (colleague)"], choices.Take(3).Select(c => c.Title));
    }
}
