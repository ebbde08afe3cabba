using System.Net;
using System.Text.Json;
using OutcomesBot.Dialogs.MyData;
using static OutcomesBot.Bot.Tests.Protocol.Auth.AuthTestBot;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// Forged requests against the real host (credentials on, the real connector client, keys minted here): each is
/// refused with a bare 401 or 403, stores nothing and sends nothing; the attacker's loopback server never hears from
/// the bot and never sees its token. A valid request still works. ForgedRequests lists the kinds.
/// </summary>
public sealed class ForgedRequestCorpusTests(DoorWorld world) : IClassFixture<DoorWorld>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<ForgedRequest.Kind> Kinds() => [.. Enum.GetValues<ForgedRequest.Kind>()];

    [Fact]
    public void The_corpus_has_at_least_twenty_kinds() => Assert.True(Enum.GetValues<ForgedRequest.Kind>().Length >= 20);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_forged_request_is_refused_stores_nothing_and_sends_nothing(ForgedRequest.Kind kind)
    {
        var forged = new ForgedRequest(world).Build(kind);
        var storedBefore = await world.RowCountsAsync();
        var sentBefore = world.Connector.Requests.Count;

        using var response = await world.App.PostRawAsync(forged.Body, forged.Authorization);
        var answer = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(forged.Expected, response.StatusCode);
        Assert.Equal(forged.Expected == HttpStatusCode.Forbidden ? "forbidden" : "unauthorized", JsonDocument.Parse(answer).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("my-data", answer, StringComparison.Ordinal);
        Assert.Equal(storedBefore, await world.RowCountsAsync());
        Assert.Equal(sentBefore, world.Connector.Requests.Count);
        Assert.Empty(world.Attacker.Requests);
    }

    [Fact]
    public async Task A_valid_request_is_answered_through_the_allowed_connector_with_the_bots_token()
    {
        var storedBefore = await world.RowCountsAsync();
        var sentBefore = world.Connector.Requests.Count;
        var request = new ForgedRequest(world);

        using var response = await world.App.PostRawAsync(ForgedRequest.Message(world.Connector.BaseUrl), request.BotFrameworkToken(world.Connector.BaseUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = world.Connector.Requests.Skip(sentBefore).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, r => Assert.Equal($"Bearer {DoorWorld.BotToken}", r.Authorization));
        Assert.NotEqual(storedBefore, await world.RowCountsAsync());
        Assert.Empty(world.Attacker.Requests);
    }

    [Fact]
    public async Task A_valid_card_press_from_the_bots_own_Entra_flow_gets_its_card()
    {
        var request = new ForgedRequest(world);
        var invoke = ForgedRequest.Invoke(world.Connector.BaseUrl, MyDataVerbs.Download);

        using var response = await world.App.PostRawAsync(invoke, request.EntraToken(caller: AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/my-data/", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Empty(world.Attacker.Requests);
    }
}
