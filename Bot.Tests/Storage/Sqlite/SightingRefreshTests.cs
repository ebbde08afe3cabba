using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Every turn records its conversation and sender (decision 029): a row that already says the same is not rewritten,
/// so its time moves only once it is older than the refresh interval; any changed field is written at once.
/// </summary>
public sealed class SightingRefreshTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_unchanged_conversation_keeps_its_time_within_the_interval_and_is_refreshed_after_it()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var store = new SqliteConversationStore(sqlite.Database);

        await store.UpsertAsync(Personal(Monday), token);
        await store.UpsertAsync(Personal(Monday.AddMinutes(14)), token);
        var within = await store.GetAsync("a:1on1", token);
        await store.UpsertAsync(Personal(Monday.AddMinutes(16)), token);
        var after = await store.GetAsync("a:1on1", token);

        Assert.Equal(Monday, within?.UpdatedAt);
        Assert.Equal(Monday.AddMinutes(16), after?.UpdatedAt);
    }

    [Fact]
    public async Task A_changed_conversation_is_written_at_once_and_a_reinstall_is_never_skipped()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var store = new SqliteConversationStore(sqlite.Database);
        await store.UpsertAsync(Personal(Monday), token);

        await store.UpsertAsync(Personal(Monday.AddMinutes(1)) with { ServiceUrl = "https://smba.example/emea/" }, token);
        var moved = await store.GetAsync("a:1on1", token);
        await store.MarkUninstalledAsync("a:1on1", Monday.AddMinutes(2), token);
        await store.UpsertAsync(Personal(Monday.AddMinutes(3)), token);
        var reinstalled = await store.GetAsync("a:1on1", token);

        Assert.Equal(("https://smba.example/emea/", Monday.AddMinutes(1)), (moved?.ServiceUrl, moved?.UpdatedAt));
        Assert.Equal((true, "https://smba.example/", Monday.AddMinutes(3)), (reinstalled?.IsInstalled, reinstalled?.ServiceUrl, reinstalled?.UpdatedAt));
    }

    [Fact]
    public async Task An_unchanged_person_keeps_last_seen_within_the_interval_but_a_new_name_or_zone_is_written_at_once()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var store = new SqlitePersonStore(sqlite.Database);

        await store.UpsertAsync(Alex(Monday), token);
        await store.UpsertAsync(Alex(Monday.AddMinutes(10)), token);
        var unchanged = await store.GetAsync("29:alex", token);
        await store.UpsertAsync(Alex(Monday.AddMinutes(11)) with { TimeZone = "Europe/Paris" }, token);
        var moved = await store.GetAsync("29:alex", token);
        await store.UpsertAsync(Alex(Monday.AddMinutes(40)) with { TimeZone = "Europe/Paris" }, token);
        var later = await store.GetAsync("29:alex", token);

        Assert.Equal(Monday, unchanged?.LastSeenAt);
        Assert.Equal(("Europe/Paris", Monday.AddMinutes(11)), (moved?.TimeZone, moved?.LastSeenAt));
        Assert.Equal(Monday.AddMinutes(40), later?.LastSeenAt);
    }

    [Fact]
    public async Task An_unchanged_sighting_makes_no_write_and_a_changed_one_still_does()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var conversations = new SqliteConversationStore(sqlite.Database);
        var people = new SqlitePersonStore(sqlite.Database);
        await conversations.UpsertAsync(Personal(Monday), token);
        await people.UpsertAsync(Alex(Monday), token);
        var before = sqlite.Database.GroupCommits;

        for (var minute = 1; minute <= 5; minute++)
        {
            await conversations.UpsertAsync(Personal(Monday.AddMinutes(minute)), token);
            await people.UpsertAsync(Alex(Monday.AddMinutes(minute)), token);
        }

        var unchanged = sqlite.Database.GroupCommits - before;
        await people.UpsertAsync(Alex(Monday.AddMinutes(6)) with { Name = "Alex Morgan" }, token);

        Assert.Equal(0, unchanged);
        Assert.Equal(1, sqlite.Database.GroupCommits - before);
        Assert.Equal("Alex Morgan", (await people.GetAsync("29:alex", token))?.Name);
    }

    private static ConversationReference Personal(DateTimeOffset at) => new()
    {
        ConversationId = "a:1on1",
        ServiceUrl = "https://smba.example/",
        Kind = ConversationKind.Personal,
        UserId = "29:alex",
        TenantId = "tenant",
        IsInstalled = true,
        UpdatedAt = at,
    };

    private static Person Alex(DateTimeOffset seen) =>
        new() { TeamsUserId = "29:alex", AadObjectId = "aad-1", Name = "Alex", TimeZone = "Europe/London", TenantId = "tenant", FirstSeenAt = seen, LastSeenAt = seen };
}
