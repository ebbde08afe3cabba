using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class ConversationStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_later_activity_without_the_team_name_keeps_the_stored_one()
    {
        var store = Store<IConversationStore>();

        await store.UpsertAsync(Channel() with { TeamName = "My Team" }, Token);
        await store.UpsertAsync(Channel() with { TeamName = null, ServiceUrl = "https://smba.example/emea/" }, Token);

        var stored = await store.GetAsync("19:general@thread.tacv2", Token);
        Assert.Equal("My Team", stored?.TeamName);
        Assert.Equal("https://smba.example/emea/", stored?.ServiceUrl);
    }

    [Fact]
    public async Task Only_one_of_many_concurrent_callers_marks_a_conversation_welcomed()
    {
        var store = Store<IConversationStore>();
        await store.UpsertAsync(Channel(), Token);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => store.TryMarkWelcomedAsync("19:general@thread.tacv2", Now, Token)));

        Assert.Equal(1, results.Count(welcomed => welcomed));
    }

    [Fact]
    public async Task Uninstall_clears_the_welcome_mark()
    {
        var store = Store<IConversationStore>();
        await store.UpsertAsync(Channel(), Token);
        Assert.True(await store.TryMarkWelcomedAsync("19:general@thread.tacv2", Now, Token));

        await store.MarkUninstalledAsync("19:general@thread.tacv2", Now, Token);

        Assert.False((await store.GetAsync("19:general@thread.tacv2", Token))?.IsInstalled);
        Assert.True(await store.TryMarkWelcomedAsync("19:general@thread.tacv2", Now, Token));
    }

    [Fact]
    public async Task Personal_conversation_is_found_by_user_id()
    {
        var store = Store<IConversationStore>();
        await store.UpsertAsync(Channel(), Token);
        await store.UpsertAsync(new ConversationReference
        {
            ConversationId = "a:1on1",
            ServiceUrl = "https://smba.example/",
            Kind = ConversationKind.Personal,
            UserId = "29:alex",
            UpdatedAt = Now,
        }, Token);

        Assert.Equal("a:1on1", (await store.FindPersonalAsync("29:alex", Token))?.ConversationId);
        Assert.Null(await store.FindPersonalAsync("29:nobody", Token));
    }

    // Decision 079: the turn's upsert says when a 1:1 chat marked removed (uninstall, or a send refused as blocked) is back.
    [Fact]
    public async Task The_upsert_says_the_person_is_back_only_when_a_chat_marked_removed_is_recorded_installed()
    {
        var store = Store<IConversationStore>();
        var chat = new ConversationReference { ConversationId = "a:1on1", ServiceUrl = "https://smba.example/", Kind = ConversationKind.Personal, UserId = "29:alex", IsInstalled = true, UpdatedAt = Now };

        var first = await store.UpsertAsync(chat, Token);
        var again = await store.UpsertAsync(chat with { UpdatedAt = Now.AddMinutes(1) }, Token);
        await store.MarkUninstalledAsync("a:1on1", Now.AddMinutes(2), Token);
        var stillRemoved = await store.UpsertAsync(chat with { IsInstalled = false, UpdatedAt = Now.AddMinutes(3) }, Token);
        var back = await store.UpsertAsync(chat with { UpdatedAt = Now.AddMinutes(4) }, Token);
        var afterwards = await store.UpsertAsync(chat with { UpdatedAt = Now.AddMinutes(5) }, Token);

        Assert.Equal([false, false, false, true, false], new[] { first, again, stillRemoved, back, afterwards });
        Assert.True((await store.GetAsync("a:1on1", Token))?.IsInstalled);
    }

    private static ConversationReference Channel() => new()
    {
        ConversationId = "19:general@thread.tacv2",
        ServiceUrl = "https://smba.example/",
        Kind = ConversationKind.Channel,
        TenantId = "tenant",
        TeamId = "19:team",
        UpdatedAt = Now,
    };
}

/// <summary>The IConversationStore contract on SQLite.</summary>
public sealed class ConversationStoreContractOnSqlite() : ConversationStoreContract(StoreBackend.Sqlite());

/// <summary>The IConversationStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class ConversationStoreContractOnAzurite(Azurite azurite) : ConversationStoreContract(StoreBackend.Azure(azurite));
