using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// "My data" download links through <see cref="DownloadLinks"/> on each backend: single use even when redeems race,
/// expired after their lifetime, and only the token's SHA-256 stored; the "downloadLinks" source exports, deletes and
/// purges them.
/// </summary>
public abstract class DownloadLinkStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const int Redeemers = 8;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Alex = new("29:alex", "AAD-ALEX");
    private static readonly PersonIdentity Blake = new("29:blake", "aad-blake");

    [Fact]
    public async Task A_link_gives_its_person_once()
    {
        var links = Links(new ManualTimeProvider(Now));
        var token = await links.IssueAsync(Alex, Token);

        Assert.Equal(Alex, await links.RedeemAsync(token, Token));
        Assert.Null(await links.RedeemAsync(token, Token));
        Assert.Null(await links.RedeemAsync(token + "x", Token));
    }

    [Fact]
    public async Task Of_parallel_redeems_of_one_link_exactly_one_gets_the_person()
    {
        var clock = new ManualTimeProvider(Now);
        var token = await Links(clock).IssueAsync(Alex, Token);
        var instances = Enumerable.Range(0, Redeemers).Select(_ => Links(clock)).ToList();

        var people = await Task.WhenAll(instances.Select(links => Task.Run(() => links.RedeemAsync(token, Token), Token)));

        Assert.Equal(Alex, Assert.Single(people.OfType<PersonIdentity>()));
    }

    [Fact]
    public async Task A_link_past_its_lifetime_gives_nothing_and_issuing_another_clears_it_away()
    {
        var clock = new ManualTimeProvider(Now);
        var links = Links(clock);
        var late = await links.IssueAsync(Alex, Token);
        var cleared = await links.IssueAsync(Blake, Token);
        clock.Advance(DownloadLinks.Lifetime);

        Assert.Null(await links.RedeemAsync(late, Token));
        await links.IssueAsync(Blake, Token);
        Assert.Null(await Store<IDownloadLinkStore>().TakeAsync(DownloadLinks.Hash(cleared), Token));
    }

    [Fact]
    public async Task Only_the_tokens_hash_is_kept_and_the_persons_links_are_exported_and_deleted_alone()
    {
        var links = Links(new ManualTimeProvider(Now));
        var token = await links.IssueAsync(Alex, Token);
        var blakes = await links.IssueAsync(Blake, Token);
        var source = Source();

        var export = (await source.ExportAsync(Alex, Token))!.ToJsonString();
        var removed = await source.DeleteAsync(Alex with { AadObjectId = null }, Token);

        Assert.Contains(DownloadLinks.Hash(token), export, StringComparison.Ordinal);
        Assert.DoesNotContain(token, export, StringComparison.Ordinal);
        Assert.DoesNotContain(DownloadLinks.Hash(blakes), export, StringComparison.Ordinal);
        Assert.Equal(1, removed);
        Assert.Null(await source.ExportAsync(Alex, Token));
        Assert.Equal(Blake, await links.RedeemAsync(blakes, Token));
    }

    [Fact]
    public async Task Retention_removes_links_that_expired_before_the_cutoff_and_keeps_later_ones()
    {
        var store = Store<IDownloadLinkStore>();
        await store.AddAsync(new DownloadLink("OLD", Alex, Now.AddDays(-400), Now.AddDays(-366)), Token);
        await store.AddAsync(new DownloadLink("RECENT", Blake, Now.AddDays(-400), Now.AddDays(-364)), Token);

        Assert.Equal(1, await Source().PurgeBeforeAsync(Now.AddDays(-365), Token));

        Assert.Null(await store.TakeAsync("OLD", Token));
        Assert.Equal(Blake, (await store.TakeAsync("RECENT", Token))?.Person);
    }

    private DownloadLinks Links(TimeProvider clock) => new(Store<IDownloadLinkStore>(clock), clock);

    private IPersonalDataSource Source() => PersonalDataSource("downloadLinks");
}

/// <summary>The download link contract on SQLite.</summary>
public sealed class DownloadLinkStoreContractOnSqlite() : DownloadLinkStoreContract(StoreBackend.Sqlite());

/// <summary>The download link contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class DownloadLinkStoreContractOnAzurite(Azurite azurite) : DownloadLinkStoreContract(StoreBackend.Azure(azurite));
