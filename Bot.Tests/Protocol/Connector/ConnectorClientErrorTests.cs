using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>The error bodies Teams documents (msteams-docs: bot conversational API status codes; proactive messaging).</summary>
public sealed class ConnectorClientErrorTests(FakeConnector connector) : IClassFixture<FakeConnector>
{
    private const string ConversationBlockedByUser =
        """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""";

    // The documented answer for a bot the user blocked or uninstalled: the subCode sits in a JSON string inside "message".
    private const string MessageWritesBlocked =
        """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\",\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": null\r\n}"}""";

    private static readonly Activity Note = new() { Type = ActivityTypes.Message, Text = "My private check-in answer" };

    [Fact]
    public async Task Conversation_blocked_by_user_is_recognised_as_blocked()
    {
        var error = await SendExpectingFailureAsync(403, ConversationBlockedByUser);

        Assert.True(error.IsUserBlocked);
        Assert.False(error.IsConversationNotFound);
        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Contains("User blocked the conversation with the bot.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_writes_blocked_subcode_inside_the_message_is_recognised_as_blocked()
    {
        var error = await SendExpectingFailureAsync(403, MessageWritesBlocked);

        Assert.True(error.IsUserBlocked);
        Assert.Equal("MessageWritesBlocked", error.SubCode);
        Assert.Equal("209", error.ErrorCode);
        Assert.Contains("Thread is blocked from message writes.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_writes_blocked_as_the_error_code_is_recognised_as_blocked()
    {
        var error = await SendExpectingFailureAsync(403, """{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked from message writes."}}""");

        Assert.True(error.IsUserBlocked);
    }

    [Theory]
    [InlineData("BotNotInConversationRoster")]
    [InlineData("BotDisabledByAdmin")]
    [InlineData("ForbiddenOperationException")]
    public async Task Other_forbidden_codes_are_not_a_user_block(string code)
    {
        var error = await SendExpectingFailureAsync(403, $$$"""{"error":{"code":"{{{code}}}","message":"Forbidden."}}""");

        Assert.False(error.IsUserBlocked);
        Assert.Equal(code, error.ErrorCode);
    }

    [Fact]
    public async Task Conversation_not_found_is_recognised()
    {
        var error = await SendExpectingFailureAsync(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");

        Assert.True(error.IsConversationNotFound);
        Assert.False(error.IsUserBlocked);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Activity_not_found_is_not_a_missing_conversation()
    {
        var error = await SendExpectingFailureAsync(404, """{"error":{"code":"ActivityNotFoundInConversation","message":"Conversation not found."}}""");

        Assert.False(error.IsConversationNotFound);
    }

    [Fact]
    public async Task A_body_that_is_not_json_leaves_only_the_status()
    {
        var error = await SendExpectingFailureAsync(403, "<html><body>Forbidden</body></html>");

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.False(error.IsUserBlocked);
    }

    [Fact]
    public async Task Logs_carry_status_and_codes_but_no_token_body_or_message_text()
    {
        using var entra = new FakeEntraId();
        var logs = new RecordingLoggerProvider();
        var scenario = connector.NewScenario().Then(429, """{"error":{"code":"Throttled","message":"Too many requests."}}""").Then(403, MessageWritesBlocked);
        var identity = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3f1c2b9a-0000-4000-8000-00000000b0b0",
            ["MicrosoftAppPassword"] = "not-a-real-secret~value",
            ["MicrosoftAppTenantId"] = "7a1d7a1d-1111-4111-8111-7e7a7e7a7e7a",
            ["BotAuthentication:AllowedServiceUrls:0"] = connector.BaseAddress,
        };
        await using var services = ConnectorTestServices.Build(identity, s => s.AddSingleton<IMsalHttpClientFactory>(entra), logs);

        await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Note, TestContext.Current.CancellationToken));

        Assert.Contains(logs.Lines, l => l.Contains("[3001]", StringComparison.Ordinal) && l.Contains("429", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("[3003]", StringComparison.Ordinal) && l.Contains("MessageWritesBlocked", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("fake-connector-token", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("not-a-real-secret", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("My private check-in answer", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Too many requests", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Thread is blocked", StringComparison.Ordinal));
    }

    private async Task<ConnectorException> SendExpectingFailureAsync(int status, string body)
    {
        var scenario = connector.NewScenario().Then(status, body);
        await using var services = ConnectorTestServices.Build();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, "a:1chat", Note, TestContext.Current.CancellationToken));

        Assert.Single(scenario.Requests);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        return error;
    }
}
