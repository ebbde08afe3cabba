using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

public sealed class ConnectorClientRetryTests(FakeConnector connector) : IClassFixture<FakeConnector>
{
    private const string Conversation = "19:abc@thread.tacv2;messageid=123";
    private const string Throttled = """{"error":{"code":"Throttled","message":"Too many requests."}}""";
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(5);
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Activity Hello = new() { Type = ActivityTypes.Message, Text = "Hello there" };

    [Fact]
    public async Task Throttled_429_waits_the_Retry_After_seconds_then_succeeds()
    {
        var gap = await MeasureRetryGapAsync(retryAfter: "1");

        Assert.Equal(TimeSpan.FromSeconds(1), gap);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_waits_until_that_date()
    {
        var gap = await MeasureRetryGapAsync(retryAfter: Start.AddSeconds(2).ToString("R", CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(2), gap);
    }

    [Fact]
    public async Task Retry_After_longer_than_MaxDelay_is_capped()
    {
        var gap = await MeasureRetryGapAsync(retryAfter: "120");

        Assert.Equal(TimeSpan.FromSeconds(10), gap);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_status_is_retried_until_success(int status)
    {
        var scenario = connector.NewScenario().Then(status).Then(status).Then(201, """{"id":"1700000000009"}""");
        await using var services = ConnectorTestServices.Build();

        var sent = await services.Client().SendToConversationAsync(scenario.ServiceUrl, Conversation, Hello, TestContext.Current.CancellationToken);

        Assert.Equal("1700000000009", sent.Id);
        Assert.Equal(3, scenario.Requests.Count);
        Assert.All(scenario.Requests, r => Assert.Contains("Hello there", r.Body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(413)]
    public async Task Final_status_is_not_retried(int status)
    {
        var scenario = connector.NewScenario().Then(status).Then(201);
        await using var services = ConnectorTestServices.Build();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, Conversation, Hello, TestContext.Current.CancellationToken));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(scenario.Requests);
    }

    [Fact]
    public async Task Exhausted_retries_report_the_last_status()
    {
        var scenario = connector.NewScenario().Then(502).Then(504).Then(500).Then(503, Throttled);
        await using var services = ConnectorTestServices.Build();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync(scenario.ServiceUrl, Conversation, Hello, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(4, scenario.Requests.Count); // the first attempt and MaxRetries = 3
    }

    [Fact]
    public async Task An_attempt_that_outlives_the_timeout_is_abandoned_and_retried()
    {
        var scenario = connector.NewScenario()
            .Then(new ScriptedAnswer(201, """{"id":"late"}""") { Stall = TimeSpan.FromSeconds(10) })
            .Then(201, """{"id":"on-time"}""");
        await using var services = ConnectorTestServices.Build(new Dictionary<string, string?> { ["BotConnector:Timeout"] = "00:00:00.250" });

        var sent = await services.Client().SendToConversationAsync(scenario.ServiceUrl, Conversation, Hello, TestContext.Current.CancellationToken);

        Assert.Equal("on-time", sent.Id);
        Assert.Equal(2, scenario.Requests.Count);
    }

    [Fact]
    public async Task An_unreachable_connector_is_retried_then_reported_without_a_status()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = ConnectorTestServices.Build(logs: logs);

        // Port 1 on loopback refuses connections: every attempt fails with HttpRequestException.
        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendToConversationAsync("http://127.0.0.1:1/", Conversation, Hello, TestContext.Current.CancellationToken));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(default, error.StatusCode);
        Assert.Equal(3, logs.Lines.Count(l => l.Contains("[3002]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cancelling_during_the_backoff_stops_without_another_attempt()
    {
        var clock = new ManualTimeProvider(Start);
        var scenario = connector.NewScenario(clock).Then(429, Throttled, new Dictionary<string, string> { ["Retry-After"] = "30" });
        await using var services = BuildOnClock(clock);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var send = services.Client().SendToConversationAsync(scenario.ServiceUrl, Conversation, Hello, cancellation.Token);
        await clock.WaitForTimerAsync(left => left == TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).WaitAsync(RealTimeLimit, TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.WaitAsync(RealTimeLimit, TestContext.Current.CancellationToken));
        Assert.Single(scenario.Requests);
    }

    /// <summary>
    /// Answers 429 with the given Retry-After, then 201; lets the manual clock run to the client's backoff timer
    /// and returns how much (virtual) time passed between the two requests the connector received.
    /// </summary>
    private async Task<TimeSpan> MeasureRetryGapAsync(string retryAfter)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new ManualTimeProvider(Start);
        var scenario = connector.NewScenario(clock)
            .Then(429, Throttled, new Dictionary<string, string> { ["Retry-After"] = retryAfter })
            .Then(201, """{"id":"1700000000010"}""");
        await using var services = BuildOnClock(clock);

        var send = services.Client().SendToConversationAsync(scenario.ServiceUrl, Conversation, Hello, ct);
        // The per-attempt timeout (1 min) also runs on this clock; the backoff is the shorter timer.
        var backoff = await clock.WaitForTimerAsync(left => left < TimeSpan.FromSeconds(59), ct).WaitAsync(RealTimeLimit, ct);
        clock.Advance(backoff);
        var sent = await send.WaitAsync(RealTimeLimit, ct);

        Assert.Equal("1700000000010", sent.Id);
        Assert.Equal(2, scenario.Requests.Count);
        return scenario.Requests[1].At - scenario.Requests[0].At;
    }

    private static ServiceProvider BuildOnClock(ManualTimeProvider clock) =>
        ConnectorTestServices.Build(
            new Dictionary<string, string?>
            {
                ["BotConnector:BaseDelay"] = "00:00:00.100",
                ["BotConnector:MaxDelay"] = "00:00:10",
                ["BotConnector:Timeout"] = "00:01:00",
            },
            s => s.AddSingleton<TimeProvider>(clock));
}
