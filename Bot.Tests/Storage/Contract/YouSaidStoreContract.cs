using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// Leaders' "you said, we did" responses on each backend: stored once however often Send is pressed, listed per team,
/// and, being the leader's own words, exported, deleted and purged by sent time through the "youSaidResponses" source.
/// </summary>
public abstract class YouSaidStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string Team = "19:care-team@thread.tacv2";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Lena = new("29:lena", "AAAAAAAA-0000-0000-0000-00000000000A");

    [Fact]
    public async Task A_response_is_stored_once_and_a_second_add_with_its_id_changes_nothing()
    {
        var store = Store<IYouSaidStore>();
        var response = Response("r1", Team, Now);

        Assert.True(await store.TryAddAsync(response, Token));
        Assert.False(await store.TryAddAsync(response with { Text = "Changed my mind", SentAt = Now.AddMinutes(1) }, Token));

        Assert.Equal(Json(response), Json(await store.GetAsync("r1", Token)));
        Assert.Equal(Json(response), Json(Assert.Single(await store.ListForTeamAsync(Team, Token))));
        Assert.Null(await store.GetAsync("r2", Token));
    }

    [Fact]
    public async Task An_id_already_used_by_another_team_is_refused()
    {
        var store = Store<IYouSaidStore>();
        Assert.True(await store.TryAddAsync(Response("r1", Team, Now), Token));

        Assert.False(await store.TryAddAsync(Response("r1", "19:other-team@thread.tacv2", Now), Token));

        Assert.Equal(Team, (await store.GetAsync("r1", Token))?.TeamId);
        Assert.Empty(await store.ListForTeamAsync("19:other-team@thread.tacv2", Token));
    }

    [Fact]
    public async Task A_team_sees_its_own_responses_newest_first()
    {
        var store = Store<IYouSaidStore>();
        await store.TryAddAsync(Response("r-old", Team, Now.AddDays(-14)), Token);
        await store.TryAddAsync(Response("r-new", Team, Now), Token);
        await store.TryAddAsync(Response("r-mid", Team, Now.AddDays(-7)), Token);
        await store.TryAddAsync(Response("r-other", "19:other-team@thread.tacv2", Now), Token);

        Assert.Equal(["r-new", "r-mid", "r-old"], (await store.ListForTeamAsync(Team, Token)).Select(response => response.ResponseId));
    }

    [Fact]
    public async Task Eight_presses_of_Send_at_once_on_several_bot_instances_store_the_response_once()
    {
        var added = await AtOnceAsync<IYouSaidStore, bool>(8, (store, press) =>
            store.TryAddAsync(Response("r1", Team, Now.AddMilliseconds(press)) with { Text = $"press {press}" }, Token));

        var winner = Assert.Single(Enumerable.Range(0, 8), press => added[press]);
        var stored = Store<IYouSaidStore>();
        Assert.Equal($"press {winner}", Assert.Single(await stored.ListForTeamAsync(Team, Token)).Text);
        Assert.Equal($"press {winner}", (await stored.GetAsync("r1", Token))?.Text);
    }

    [Fact]
    public async Task The_leaders_responses_are_in_their_export_and_gone_after_they_delete_their_data()
    {
        var store = Store<IYouSaidStore>();
        var personalData = Source();
        await store.TryAddAsync(Response("r1", Team, Now) with { LeaderAadObjectId = Lena.AadObjectId!.ToLowerInvariant() }, Token);
        await store.TryAddAsync(Response("r2", Team, Now) with { LeaderId = "29:sam", LeaderAadObjectId = "aad-sam", Text = "Sam's words" }, Token);

        var export = (await personalData.ExportAsync(Lena, Token))?.ToJsonString();
        var removed = await personalData.DeleteAsync(Lena, Token);

        Assert.Contains("We moved the rota meeting", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam's words", export, StringComparison.Ordinal);
        Assert.Equal(1, removed);
        Assert.Null(await store.GetAsync("r1", Token));
        Assert.Equal(["r2"], (await store.ListForTeamAsync(Team, Token)).Select(response => response.ResponseId));
        Assert.Null(await personalData.ExportAsync(Lena, Token));
    }

    [Fact]
    public async Task Responses_sent_before_the_retention_cutoff_are_purged_and_newer_ones_stay()
    {
        var store = Store<IYouSaidStore>();
        var personalData = Source();
        await store.TryAddAsync(Response("r-old", Team, Now.AddDays(-400)), Token);
        await store.TryAddAsync(Response("r-new", Team, Now.AddDays(-10)), Token);

        Assert.True(await personalData.PurgeBeforeAsync(Now.AddDays(-365), Token) >= 1);

        Assert.Null(await store.GetAsync("r-old", Token));
        Assert.Equal(["r-new"], (await store.ListForTeamAsync(Team, Token)).Select(response => response.ResponseId));
        Assert.Equal(0, await personalData.PurgeBeforeAsync(Now.AddDays(-365), Token));
    }

    private IPersonalDataSource Source() => PersonalDataSource("youSaidResponses");

    private static string Json(YouSaidResponse? response) => JsonSerializer.Serialize(response);

    private static YouSaidResponse Response(string id, string team, DateTimeOffset sentAt) => new()
    {
        ResponseId = id,
        TeamId = team,
        LeaderId = Lena.TeamsUserId,
        LeaderAadObjectId = Lena.AadObjectId,
        Text = "We moved the rota meeting to Tuesdays, as you asked.",
        ThemeIds = ["workload", "rota"],
        CycleId = "cycle-1",
        SentAt = sentAt,
        Recipients = 7,
    };
}

/// <summary>The IYouSaidStore contract (with its personal data) on SQLite.</summary>
public sealed class YouSaidStoreContractOnSqlite() : YouSaidStoreContract(StoreBackend.Sqlite());

/// <summary>The IYouSaidStore contract (with its personal data) on Azure Tables (Azurite).</summary>
[Slow]
public sealed class YouSaidStoreContractOnAzurite(Azurite azurite) : YouSaidStoreContract(StoreBackend.Azure(azurite));
