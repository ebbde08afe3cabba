using OutcomesBot.Bot.Teams;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>A missing-permission notice is claimed at most once a quiet period per team and permissions, also when syncs race.</summary>
public abstract class PermissionNoticeLogContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Permissions = "TeamMember.Read.Group TeamsAppInstallation.ReadWriteSelfForUser.All";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public async Task A_notice_is_claimed_once_a_week_per_team_and_permissions_and_a_release_lets_the_next_sync_try()
    {
        var log = Store<IPermissionNoticeLog>();

        Assert.True(await log.TryClaimAsync("19:team/1", Permissions, Now, Week, Token));
        Assert.False(await log.TryClaimAsync("19:team/1", Permissions, Now.AddDays(6), Week, Token));
        Assert.True(await log.TryClaimAsync("19:team/1", "Channel.ReadBasic.All", Now.AddDays(1), Week, Token));
        Assert.True(await log.TryClaimAsync("19:team/2", Permissions, Now.AddDays(1), Week, Token));
        Assert.True(await log.TryClaimAsync("19:team/1", Permissions, Now.AddDays(7), Week, Token));

        await log.ReleaseAsync("19:team/1", Permissions, Token);

        Assert.True(await log.TryClaimAsync("19:team/1", Permissions, Now.AddDays(8), Week, Token));
        Assert.False(await log.TryClaimAsync("19:team/2", Permissions, Now.AddDays(2), Week, Token));
    }

    [Fact]
    public async Task Of_syncs_racing_for_the_same_notice_exactly_one_claims_it()
    {
        const int Syncs = 8;
        await Store<IPermissionNoticeLog>().TryClaimAsync("team", Permissions, Now.AddDays(-8), Week, Token);

        var claims = await AtOnceAsync<IPermissionNoticeLog, bool>(Syncs, (log, sync) => log.TryClaimAsync("team", Permissions, Now.AddSeconds(sync), Week, Token));

        Assert.Equal(1, claims.Count(claimed => claimed));
    }
}

/// <summary>The IPermissionNoticeLog contract on SQLite.</summary>
public sealed class PermissionNoticeLogContractOnSqlite() : PermissionNoticeLogContract(StoreBackend.Sqlite());

/// <summary>The IPermissionNoticeLog contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class PermissionNoticeLogContractOnAzurite(Azurite azurite) : PermissionNoticeLogContract(StoreBackend.Azure(azurite));
