using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>People and reachability: the merge rules of a person's upsert and the lookup by AAD object id.</summary>
public abstract class PersonStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_later_sighting_refreshes_given_fields_keeps_the_rest_and_the_first_seen_time()
    {
        var store = Store<IPersonStore>();
        await store.UpsertAsync(Person("29:alex", "AAD-1", "Alex", "Europe/London", Monday), Token);
        await store.UpsertAsync(Person("29:alex", null, "Alex R", null, Monday.AddDays(2)), Token);
        await store.UpsertAsync(Person("29:alex", null, null, null, Monday.AddDays(1)), Token);

        var stored = await store.GetAsync("29:alex", Token);

        Assert.Equal(("AAD-1", "Alex R", "Europe/London"), (stored?.AadObjectId, stored?.Name, stored?.TimeZone));
        Assert.Equal((Monday, Monday.AddDays(2)), (stored!.FirstSeenAt, stored.LastSeenAt));
        Assert.Null(await store.GetAsync("29:sam", Token));
    }

    [Fact]
    public async Task The_lookup_by_object_id_ignores_case_and_takes_the_most_recently_seen()
    {
        var store = Store<IPersonStore>();
        await store.UpsertAsync(Person("29:old", "aad-1", "Old", null, Monday), Token);
        await store.UpsertAsync(Person("29:new", "AAD-1", "New", null, Monday.AddDays(1)), Token);

        Assert.Equal("29:new", (await store.FindByAadObjectIdAsync("Aad-1", Token))?.TeamsUserId);
        Assert.Null(await store.FindByAadObjectIdAsync("aad-2", Token));
    }

    // Decision 092: the check-in fan-out reads a hundred members' people at once (0, 1, 100 and 101 cross its batch; Azure
    // asks for 13 partitions a query, so 14 crosses that). Those stored come back as stored, the others not at all, and
    // nobody else: other people's rows (and their AAD pointers) lie between them in key order. The ids carry quotes (OData
    // literals), the key escape and separator, characters Azure forbids in keys, and a letter outside ASCII.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(100)]
    [InlineData(101)]
    public async Task People_are_read_together_by_Teams_id_and_those_never_met_are_left_out(int asked)
    {
        var store = Store<IPersonStore>();
        var ids = Enumerable.Range(0, asked).Select(AwkwardId).ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Where(person => person.i % 4 != 3))
        {
            await store.UpsertAsync(Person(id, $"AAD-{i}", $"Person {i}", i % 2 == 0 ? "Europe/London" : null, Monday.AddMinutes(i)), Token);
        }

        foreach (var stranger in ids.Select(id => id + "!").Append(AwkwardId(asked)))
        {
            await store.UpsertAsync(Person(stranger, "aad-stranger", "Stranger", "Asia/Tokyo", Monday), Token);
        }

        var read = await store.GetManyAsync([.. ids, .. ids.Take(1)], Token);

        var stored = ids.Select((id, i) => (id, i)).Where(person => person.i % 4 != 3).ToList();
        Assert.Equal(stored.Select(person => person.id).Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, i) in stored)
        {
            Assert.Equal(($"AAD-{i}", $"Person {i}"), (read[id].AadObjectId, read[id].Name));
            Assert.Equal(await store.GetAsync(id, Token), read[id]);
        }
    }

    // Decision 095 (guard): ids made to break out of SQLite's JSON array or Azure's filter, or another person's id in
    // another case, read nobody; 1,500 of them at once (the fan-out asks for 100) read only the one stored person asked.
    [Fact]
    public async Task Guard_ids_shaped_like_json_or_a_filter_or_re_cased_read_nobody_else_even_1500_at_once()
    {
        var store = Store<IPersonStore>();
        await store.UpsertAsync(Person("29:alex", "aad-1", "Alex", null, Monday), Token);
        await store.UpsertAsync(Person("29:sam", "aad-2", "Sam", null, Monday), Token);
        string[] crafted = ["[\"29:alex\",\"29:sam\"]", "29:alex\",\"29:sam", "29:ALEX", " 29:alex", "' or 1 eq 1 or '", "29:alex' or PartitionKey ne '", "29:%", "29:*", "x') OR 1=1 --"];
        var many = Enumerable.Range(0, 1500 - (2 * crafted.Length)).Select(i => $"29:nobody-{i}").Concat(crafted).Concat(crafted).ToList();

        var none = await store.GetManyAsync(many, Token);
        var onlySam = await store.GetManyAsync([.. many, "29:sam"], Token);

        Assert.Empty(none);
        Assert.Equal(["29:sam"], onlySam.Keys);
    }

    [Fact]
    public async Task A_sighting_returns_the_person_as_stored_after_it()
    {
        var store = Store<IPersonStore>();

        var first = await store.UpsertAsync(Person("29:alex", "AAD-1", "Alex", "Europe/London", Monday), Token);
        var firstStored = await store.GetAsync("29:alex", Token);
        var unchanged = await store.UpsertAsync(Person("29:alex", null, null, null, Monday.AddMinutes(1)), Token);
        var unchangedStored = await store.GetAsync("29:alex", Token);
        var renamed = await store.UpsertAsync(Person("29:alex", null, "Alex R", null, Monday.AddMinutes(2)), Token);
        var renamedStored = await store.GetAsync("29:alex", Token);

        Assert.Equal(firstStored, first);
        Assert.Equal(unchangedStored, unchanged);
        Assert.Equal(renamedStored, renamed);
        Assert.Equal(("AAD-1", "Alex R", "Europe/London", Monday), (renamed.AadObjectId, renamed.Name, renamed.TimeZone, renamed.FirstSeenAt));
    }

    [Fact]
    public async Task Parallel_sightings_with_different_fields_all_survive()
    {
        var store = Store<IPersonStore>();
        await store.UpsertAsync(Person("29:alex", null, null, null, Monday), Token);

        await Task.WhenAll(
            Task.Run(() => store.UpsertAsync(Person("29:alex", "aad-1", null, null, Monday.AddMinutes(1)), Token), Token),
            Task.Run(() => store.UpsertAsync(Person("29:alex", null, "Alex", null, Monday.AddMinutes(2)), Token), Token),
            Task.Run(() => store.UpsertAsync(Person("29:alex", null, null, "Europe/London", Monday.AddMinutes(3)), Token), Token),
            Task.Run(() => store.UpsertAsync(Person("29:alex", null, null, null, Monday.AddMinutes(4)) with { TenantId = "t1" }, Token), Token));

        var stored = await store.GetAsync("29:alex", Token);
        Assert.Equal(("aad-1", "Alex", "Europe/London", "t1"), (stored?.AadObjectId, stored?.Name, stored?.TimeZone, stored?.TenantId));
        Assert.Equal(Monday.AddMinutes(4), stored!.LastSeenAt);
    }

    [Fact]
    public async Task A_person_marked_unreachable_stays_so_and_others_do_not()
    {
        var reachability = Store<IReachability>();
        await reachability.MarkUnreachableAsync("29:alex", "MessageWritesBlocked", Monday, Token);
        await reachability.MarkUnreachableAsync("29:alex", "ConversationBlockedByUser", Monday.AddDays(1), Token);

        Assert.True(await reachability.IsUnreachableAsync("29:alex", Token));
        Assert.False(await reachability.IsUnreachableAsync("29:sam", Token));
    }

    [Fact]
    public async Task A_person_who_came_back_is_reachable_again_and_only_they_are()
    {
        var reachability = Store<IReachability>();
        await reachability.MarkUnreachableAsync("29:alex", "Uninstalled", Monday, Token);
        await reachability.MarkUnreachableAsync("29:sam", "ConversationBlockedByUser", Monday, Token);

        await reachability.MarkReachableAsync("29:alex", Token);
        await reachability.MarkReachableAsync("29:never-marked", Token);

        Assert.False(await reachability.IsUnreachableAsync("29:alex", Token));
        Assert.True(await reachability.IsUnreachableAsync("29:sam", Token));
        Assert.False(await reachability.IsUnreachableAsync("29:never-marked", Token));
    }

    private static string AwkwardId(int i) => (i % 6) switch
    {
        0 => $"29:o'brien-{i}",
        1 => $"29:p|{i}%2F/\"q\"",
        2 => $"29:zoë-{i}",
        3 => $"29:'{i}''",
        4 => $"29:a\\b#c?{i}",
        _ => $"8:orgid:{i:D4}",
    };

    private static Person Person(string id, string? aad, string? name, string? zone, DateTimeOffset seen) =>
        new() { TeamsUserId = id, AadObjectId = aad, Name = name, TimeZone = zone, FirstSeenAt = seen, LastSeenAt = seen };
}

/// <summary>The IPersonStore and IReachability contract on SQLite.</summary>
public sealed class PersonStoreContractOnSqlite() : PersonStoreContract(StoreBackend.Sqlite());

/// <summary>The IPersonStore and IReachability contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class PersonStoreContractOnAzurite(Azurite azurite) : PersonStoreContract(StoreBackend.Azure(azurite));
