using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>Install attempts are counted per person, whatever the case of their AAD object id, and none is lost in a race.</summary>
public abstract class AppInstallLogContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Aad = "AAAAAAAA-0000-0000-0000-00000000000A";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_attempt_is_counted_and_the_latest_status_kept_whatever_the_id_case()
    {
        var log = Store<IAppInstallLog>();
        Assert.Null(await log.GetAsync(Aad, Token));

        await log.RecordAsync(Aad, DirectoryStatus.Unavailable, Now, Token);
        await log.RecordAsync(Aad.ToLowerInvariant(), DirectoryStatus.Ok, Now.AddDays(1), Token);
        await log.RecordAsync("someone-else", DirectoryStatus.NotFound, Now, Token);

        Assert.Equal(new AppInstallAttempt(Aad, DirectoryStatus.Ok, 2, Now.AddDays(1)), await log.GetAsync(Aad.ToLowerInvariant(), Token));
        Assert.Equal(1, (await log.GetAsync("someone-else", Token))?.Attempts);
    }

    [Fact]
    public async Task Attempts_recorded_at_once_by_parallel_syncs_are_all_counted()
    {
        const int Syncs = 8;
        await AtOnceAsync<IAppInstallLog>(Syncs, (log, sync) => log.RecordAsync(Aad, DirectoryStatus.PermissionMissing, Now.AddSeconds(sync), Token));

        Assert.Equal(Syncs, (await Store<IAppInstallLog>().GetAsync(Aad, Token))?.Attempts);
    }
}

/// <summary>The IAppInstallLog contract on SQLite.</summary>
public sealed class AppInstallLogContractOnSqlite() : AppInstallLogContract(StoreBackend.Sqlite());

/// <summary>The IAppInstallLog contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class AppInstallLogContractOnAzurite(Azurite azurite) : AppInstallLogContract(StoreBackend.Azure(azurite));
