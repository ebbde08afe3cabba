using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// N writers at once on one record, on each backend: every update survives or is told to retry; none is silently lost.
/// Each test runs its writers on several containers over the same data, as several bot instances would.
/// </summary>
public abstract class ConcurrencyContract(StoreBackend backend) : StoreContract(backend)
{
    private const int Writers = 8;
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Parallel_submits_of_one_check_in_leave_one_answer_and_the_team_view_agrees_with_it()
    {
        var stores = Instances<ICheckInStore>(Writers);
        var replaced = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(
            () => stores[writer].SaveAnswerAsync(Answer(confidence: 1 + (writer % 5), Monday.AddSeconds(writer)), Token), Token)));

        // One write created the row; every other one replaced it: no write vanished and no second row appeared.
        Assert.Equal(1, replaced.Count(wasReplacement => !wasReplacement));
        var teamWeek = await stores[0].ListAnswersAsync("team-1", Monday, Monday.AddDays(7), Token);
        var mine = Assert.Single(await stores[0].ListAnswersForPersonAsync("p1", Token));
        Assert.Equal(mine, Assert.Single(teamWeek), AnswerComparer.Instance);
    }

    [Fact]
    public async Task Parallel_drains_never_claim_a_message_twice_and_claim_every_one()
    {
        var stores = Instances<IOutboxStore>(Writers);
        var messages = Enumerable.Range(0, 40).Select(person => OutboxMessage.Create("cycle-1", $"29:p{person}", "t", "checkin", "{}", Monday)).ToList();
        await stores[0].EnqueueAsync(messages, Token);

        var claims = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(
            () => stores[writer].ClaimDueAsync(10, Monday, Monday.AddMinutes(5), Token), Token)));
        var claimed = claims.SelectMany(batch => batch).ToList();
        var rest = await stores[0].ClaimDueAsync(100, Monday, Monday.AddMinutes(5), Token);

        Assert.Equal(claimed.Count, claimed.Select(message => message.OutboxId).Distinct().Count());
        Assert.Equal(40, claimed.Count + rest.Count);
        Assert.Empty(claimed.Select(message => message.OutboxId).Intersect(rest.Select(message => message.OutboxId)));
        Assert.Equal(new DeliveryCounts(0, 40, 0, 0, 0), await stores[0].CountAsync("cycle-1", Token));
    }

    [Fact]
    public async Task Of_parallel_results_for_one_claim_exactly_one_is_recorded()
    {
        var stores = Instances<IOutboxStore>(Writers);
        await stores[0].EnqueueAsync([OutboxMessage.Create("cycle-1", "29:alex", "t", "checkin", "{}", Monday)], Token);
        var claim = Assert.Single(await stores[0].ClaimDueAsync(10, Monday, Monday.AddMinutes(5), Token));

        var recorded = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => writer % 2 == 0
            ? stores[writer].MarkSentAsync(claim, $"activity-{writer}", Monday.AddSeconds(1), Token)
            : stores[writer].MarkRetryAsync(claim, Monday.AddMinutes(1), "502", conversationRecreated: false, Token), Token)));

        Assert.Equal(1, recorded.Count(won => won));
        var counts = await stores[0].CountAsync("cycle-1", Token);
        Assert.Equal(1, counts.Sent + counts.Pending);
    }

    [Fact]
    public async Task Parallel_changes_to_one_conversation_keep_every_field_given()
    {
        var stores = Instances<IConversationStore>(Writers);
        await stores[0].UpsertAsync(Channel(), Token);

        await Task.WhenAll(
            Task.Run(() => stores[1].UpsertAsync(Channel() with { TeamName = "Care team" }, Token), Token),
            Task.Run(() => stores[2].UpsertAsync(Channel() with { Name = "General" }, Token), Token),
            Task.Run(() => stores[3].UpsertAsync(Channel() with { TenantId = "tenant-1" }, Token), Token),
            Task.Run(() => stores[4].UpsertAsync(Channel() with { TeamId = "team-1" }, Token), Token));

        var stored = await stores[0].GetAsync("19:general@thread.tacv2", Token);
        Assert.Equal(("Care team", "General", "tenant-1", "team-1"), (stored?.TeamName, stored?.Name, stored?.TenantId, stored?.TeamId));
    }

    [Fact]
    public async Task A_champion_named_during_roster_syncs_is_kept_and_every_member_added_in_parallel_is_there()
    {
        var stores = Instances<ITeamStore>(Writers);
        var roster = Enumerable.Range(0, 5).Select(index => Member($"aad-{index}")).ToList();
        await stores[0].SyncRosterAsync("team-1", roster, Token);

        await Task.WhenAll(
            Task.Run(() => stores[1].SetChampionAsync("team-1", "aad-2", true, Monday, Token), Token),
            Task.Run(() => stores[2].SyncRosterAsync("team-1", roster, Token), Token),
            Task.Run(() => stores[3].UpsertMemberAsync(Member("aad-new-1"), Token), Token),
            Task.Run(() => stores[4].UpsertMemberAsync(Member("aad-new-2"), Token), Token));

        var members = await stores[0].ListMembersAsync("team-1", Token);
        Assert.True(members.Single(member => member.AadObjectId == "aad-2").IsChampion);
        Assert.Superset(roster.Select(member => member.AadObjectId).ToHashSet(), members.Select(member => member.AadObjectId).ToHashSet());
    }

    private static CheckInAnswer Answer(int confidence, DateTimeOffset at) =>
        new("cycle-1", "p1", "team-1", confidence, "went well", null, false, null, new Dictionary<string, int>(), null, at);

    private static ConversationReference Channel() => new()
    {
        ConversationId = "19:general@thread.tacv2",
        ServiceUrl = "https://smba.example/",
        Kind = ConversationKind.Channel,
        UpdatedAt = Monday,
    };

    private static TeamMember Member(string aad) => new() { TeamId = "team-1", AadObjectId = aad, Name = aad, UpdatedAt = Monday };

    private sealed class AnswerComparer : IEqualityComparer<CheckInAnswer>
    {
        public static AnswerComparer Instance { get; } = new();

        public bool Equals(CheckInAnswer? x, CheckInAnswer? y) =>
            (x?.Confidence, x?.AnsweredAt, x?.PersonId, x?.CycleId) == (y?.Confidence, y?.AnsweredAt, y?.PersonId, y?.CycleId);

        public int GetHashCode(CheckInAnswer obj) => obj.Confidence;
    }
}

/// <summary>The concurrency contract on SQLite.</summary>
public sealed class ConcurrencyContractOnSqlite() : ConcurrencyContract(StoreBackend.Sqlite());

/// <summary>The concurrency contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class ConcurrencyContractOnAzurite(Azurite azurite) : ConcurrencyContract(StoreBackend.Azure(azurite));
