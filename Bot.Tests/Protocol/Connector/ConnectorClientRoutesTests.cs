using System.Text.Json;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

public sealed class ConnectorClientRoutesTests(FakeConnector connector) : IClassFixture<FakeConnector>
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";
    private const string PersonalChat = "a:1qhNLqpUtmuI6U35gzjsJn7uRnCkW8";
    private const string EscapedPersonalChat = "a%3A1qhNLqpUtmuI6U35gzjsJn7uRnCkW8";

    private static readonly Activity Hello = new() { Type = ActivityTypes.Message, Text = "Hello there" };

    [Fact]
    public async Task SendToConversation_posts_the_activity_to_the_escaped_conversation()
    {
        var scenario = connector.NewScenario().Then(201, """{"id":"1700000000001"}""");
        await using var services = ConnectorTestServices.Build();

        var sent = await services.Client().SendToConversationAsync(scenario.ServiceUrl, ChannelThread, Hello, TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities", request.Target);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Hello there", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("id", out _), "nulls are left out");
        Assert.Equal("1700000000001", sent.Id);
    }

    [Fact]
    public async Task ReplyToActivity_posts_to_the_activity_it_answers()
    {
        var scenario = connector.NewScenario().Then(201, """{"id":"1700000000002"}""");
        await using var services = ConnectorTestServices.Build();

        var sent = await services.Client().ReplyToActivityAsync(scenario.ServiceUrl, ChannelThread, "1699999999999", Hello, TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities/1699999999999", request.Target);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("1699999999999", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal("1700000000002", sent.Id);
    }

    [Fact]
    public async Task UpdateActivity_puts_the_new_content_on_the_old_activity()
    {
        var scenario = connector.NewScenario().Then(200, """{"id":"1700000000003"}""");
        await using var services = ConnectorTestServices.Build();
        var card = Hello with { Text = "Thanks, saved." };

        var updated = await services.Client().UpdateActivityAsync(scenario.ServiceUrl, PersonalChat, "1700000000003", card, TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedPersonalChat}/activities/1700000000003", request.Target);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Thanks, saved.", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("1700000000003", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("1700000000003", updated.Id);
    }

    [Fact]
    public async Task UpdateActivity_answered_without_a_body_names_the_activity_it_updated()
    {
        var scenario = connector.NewScenario().Then(200);
        await using var services = ConnectorTestServices.Build();

        var updated = await services.Client().UpdateActivityAsync(scenario.ServiceUrl, PersonalChat, "1700000000005", Hello, TestContext.Current.CancellationToken);

        Assert.Equal("1700000000005", updated.Id);
    }

    [Fact]
    public async Task SendToConversation_answered_without_a_body_names_no_activity()
    {
        var scenario = connector.NewScenario().Then(200);
        await using var services = ConnectorTestServices.Build();

        var sent = await services.Client().SendToConversationAsync(scenario.ServiceUrl, PersonalChat, Hello, TestContext.Current.CancellationToken);

        Assert.Null(sent.Id);
    }

    [Fact]
    public async Task DeleteActivity_deletes_with_no_body()
    {
        var scenario = connector.NewScenario().Then(200);
        await using var services = ConnectorTestServices.Build();

        await services.Client().DeleteActivityAsync(scenario.ServiceUrl, ChannelThread, "1700000000004", TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities/1700000000004", request.Target);
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task CreateConversation_posts_the_one_to_one_parameters_and_reads_the_new_id()
    {
        var scenario = connector.NewScenario().Then(201, """{"id":"a:1newchat","serviceUrl":"https://smba.trafficmanager.net/amer/"}""");
        await using var services = ConnectorTestServices.Build();
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot-app-id" },
            Members = [new ChannelAccount { Id = "29:user-id" }],
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Tenant = new TeamsIdentity { Id = "tenant-1" } },
        };

        // No trailing '/' this time: both serviceUrl forms must give the same route.
        var created = await services.Client().CreateConversationAsync(scenario.ServiceUrl.TrimEnd('/'), parameters, TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.Target);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:bot-app-id", root.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-id", root.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", root.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("a:1newchat", created.Id);
        Assert.Equal("https://smba.trafficmanager.net/amer/", created.ServiceUrl);
    }

    [Fact]
    public async Task GetPagedMembers_asks_for_a_page_and_reads_members_and_next_token()
    {
        var scenario = connector.NewScenario().Then(200, """
            {"continuationToken":"next+page/2","members":[
              {"id":"29:one","name":"Ana","aadObjectId":"oid-1","givenName":"Ana","userRole":"user"},
              {"id":"29:two","name":"Ben","aadObjectId":"oid-2"}]}
            """);
        await using var services = ConnectorTestServices.Build();

        var page = await services.Client().GetPagedMembersAsync(scenario.ServiceUrl, ChannelThread, 50, "page/1+x", TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/pagedmembers?pageSize=50&continuationToken=page%2F1%2Bx", request.Target);
        Assert.Equal(["29:one", "29:two"], page.Members.Select(m => m.Id));
        Assert.Equal("oid-1", page.Members[0].AadObjectId);
        Assert.True(page.Members[0].ExtensionData!.ContainsKey("givenName"), "Teams-only member fields are kept");
        Assert.Equal("next+page/2", page.ContinuationToken);
    }

    // Decision 095: a roster's names are chosen by people, and one shaped like a name slot comes in without the slot's
    // mark, written as a JSON escape or as the character itself.
    [Fact]
    public async Task GetPagedMembers_reads_a_name_shaped_like_a_name_slot_without_its_marks()
    {
        var scenario = connector.NewScenario().Then(200, "{\"members\":[{\"id\":\"29:one\",\"name\":\"Ana\\u2063name:oid-2|x\\u2063\",\"aadObjectId\":\"oid-1\"},"
            + "{\"id\":\"29:two\",\"name\":\"Ben\u2063name:oid-1|x\u2063\",\"aadObjectId\":\"oid-2\"}]}");
        await using var services = ConnectorTestServices.Build();

        var page = await services.Client().GetPagedMembersAsync(scenario.ServiceUrl, ChannelThread, null, null, TestContext.Current.CancellationToken);

        Assert.Equal(["Ananame:oid-2|x", "Benname:oid-1|x"], page.Members.Select(m => m.Name));
    }

    [Fact]
    public async Task GetPagedMembers_without_paging_arguments_sends_no_query()
    {
        var scenario = connector.NewScenario().Then(200, """{"members":[]}""");
        await using var services = ConnectorTestServices.Build();

        var page = await services.Client().GetPagedMembersAsync(scenario.ServiceUrl, PersonalChat, null, null, TestContext.Current.CancellationToken);

        Assert.Equal($"/v3/conversations/{EscapedPersonalChat}/pagedmembers", Assert.Single(scenario.Requests).Target);
        Assert.Empty(page.Members);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task GetMember_reads_one_member_by_escaped_user_id()
    {
        var scenario = connector.NewScenario().Then(200, """{"id":"29:1abc","name":"Ana","aadObjectId":"oid-1"}""");
        await using var services = ConnectorTestServices.Build();

        var member = await services.Client().GetMemberAsync(scenario.ServiceUrl, ChannelThread, "29:1abc", TestContext.Current.CancellationToken);

        var request = Assert.Single(scenario.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/members/29%3A1abc", request.Target);
        Assert.Equal("Ana", member.Name);
        Assert.Equal("oid-1", member.AadObjectId);
    }
}
