using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// Named support requests: both sides stored once, seen and done recorded once, a recipient's open list (any id case,
/// newest first), and each side deleted with its own person's data without the other person's side.
/// </summary>
public abstract class SupportRequestStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_request_is_stored_once_and_seen_and_done_are_recorded_once()
    {
        var store = Store<ISupportRequestStore>();
        var (request, recipient) = Request("r1", "aad-Megan", Now);

        Assert.True(await store.TryAddAsync(request, recipient, Token));
        Assert.False(await store.TryAddAsync(request with { About = "changed" }, recipient, Token));
        Assert.Equal(new NamedSupportRequest(request, recipient), await store.GetAsync("r1", Token));

        Assert.True(await store.MarkSeenAsync("r1", Now.AddHours(1), Token));
        Assert.False(await store.MarkSeenAsync("r1", Now.AddHours(2), Token));
        Assert.Equal(Now.AddHours(1), (await store.GetAsync("r1", Token))!.Recipient.SeenAt);
        Assert.Single(await store.ListOpenForRecipientAsync("AAD-MEGAN", Token));

        Assert.True(await store.MarkDoneAsync("r1", Now.AddDays(1), Token));
        Assert.False(await store.MarkDoneAsync("r1", Now.AddDays(2), Token));
        Assert.Empty(await store.ListOpenForRecipientAsync("aad-megan", Token));
        Assert.False(await store.MarkSeenAsync("unknown", Now, Token));
        Assert.Null(await store.GetAsync("unknown", Token));
    }

    [Fact]
    public async Task A_recipient_lists_only_their_own_open_requests_newest_first()
    {
        var store = Store<ISupportRequestStore>();
        foreach (var (id, to, at) in new[] { ("old", "aad-megan", Now), ("new", "aad-megan", Now.AddDays(1)), ("other", "aad-sam", Now) })
        {
            var (request, recipient) = Request(id, to, at);
            await store.TryAddAsync(request, recipient, Token);
        }

        var open = await store.ListOpenForRecipientAsync("aad-megan", Token);

        Assert.Equal(["new", "old"], open.Select(n => n.Request.RequestId));
    }

    [Fact]
    public async Task The_askers_data_goes_with_the_asker_and_the_recipients_side_with_the_recipient()
    {
        var store = Store<ISupportRequestStore>();
        var (request, recipient) = Request("r2", "aad-megan", Now);
        await store.TryAddAsync(request, recipient, Token);
        var source = PersonalDataSource("supportRequests");

        var askerExport = (await source.ExportAsync(new("29:alex", "aad-alex"), Token))!.ToJsonString();
        var recipientExport = (await source.ExportAsync(new("29:megan", "aad-megan"), Token))!.ToJsonString();
        Assert.Contains("Time to plan a hard review", askerExport, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-megan", askerExport, StringComparison.Ordinal);
        Assert.DoesNotContain("Time to plan a hard review", recipientExport, StringComparison.Ordinal);

        Assert.True(await source.DeleteAsync(new("29:megan", "AAD-MEGAN"), Token) > 0);
        Assert.Null(await store.GetAsync("r2", Token));
        Assert.NotNull(await source.ExportAsync(new("29:alex", "aad-alex"), Token));
        Assert.True(await source.DeleteAsync(new("29:alex", "aad-alex"), Token) > 0);
        Assert.Null(await source.ExportAsync(new("29:alex", "aad-alex"), Token));
    }

    private static (SupportRequest, SupportRecipient) Request(string id, string toAad, DateTimeOffset at) => (
        new SupportRequest(id, "tenant-1", "team-1", "29:alex", "aad-alex", "Alex", "Time to plan a hard review", at),
        new SupportRecipient(id, "29:" + toAad, toAad, "Colleague", at));
}

/// <summary>The ISupportRequestStore contract on SQLite.</summary>
public sealed class SupportRequestStoreContractOnSqlite() : SupportRequestStoreContract(StoreBackend.Sqlite());

/// <summary>The ISupportRequestStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class SupportRequestStoreContractOnAzurite(Azurite azurite) : SupportRequestStoreContract(StoreBackend.Azure(azurite));
