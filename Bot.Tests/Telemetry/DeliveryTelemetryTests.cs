using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Delivery;
using OutcomesBot.Bot.Tests.Protocol.Connector;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Telemetry;

namespace OutcomesBot.Bot.Tests.Telemetry;

[Collection(nameof(TelemetryTestGroup))]
public sealed class DeliveryTelemetryTests(FakeConnector fakeConnector) : IClassFixture<FakeConnector>
{
    [Fact]
    public async Task Fan_out_counts_sends_by_result_and_the_429s_received_with_a_span_per_connector_call()
    {
        var token = TestContext.Current.CancellationToken;
        using var telemetry = new CollectedTelemetry();
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 6, token);
        connector.ThrottleOnce(DeliveryHarness.ConversationOf(1), retryAfterSeconds: 1);
        connector.Block(DeliveryHarness.ConversationOf(4));
        await harness.EnqueueCycleAsync("cycle-1", 6, token);

        await harness.Engine(DeliveryEngineTests.Fast(50)).DrainAsync(token);

        Assert.Equal(5, telemetry.Sum("outcomesbot.outbox.sends", TelemetryTags.SendResult, "Sent"));
        Assert.Equal(1, telemetry.Sum("outcomesbot.outbox.sends", TelemetryTags.SendResult, "RetryAfter"));
        Assert.Equal(1, telemetry.Sum("outcomesbot.outbox.sends", TelemetryTags.SendResult, "Blocked"));
        Assert.Equal(1, telemetry.Sum("outcomesbot.connector.throttled", TelemetryTags.ConnectorOperation, "SendToConversation"));
        var calls = telemetry.Spans.Where(span => span.OperationName == "connector").ToList();
        Assert.Equal(7, calls.Count);
        Assert.Equal(5, calls.Count(span => Equals(span.GetTagItem(TelemetryTags.HttpStatus), 201) || Equals(span.GetTagItem(TelemetryTags.HttpStatus), 200)));
        Assert.Single(calls, span => Equals(span.GetTagItem(TelemetryTags.HttpStatus), 429));
        Assert.Single(calls, span => Equals(span.GetTagItem(TelemetryTags.HttpStatus), 403));
        Assert.All(calls, span => Assert.Equal(0, span.GetTagItem(TelemetryTags.RetryCount)));
    }

    [Fact]
    public async Task A_retried_connector_call_is_one_span_with_its_retry_count_and_final_status()
    {
        using var telemetry = new CollectedTelemetry();
        var scenario = fakeConnector.NewScenario().Then(503).Then(429).Then(201, """{"id":"1700000000009"}""");
        await using var services = ConnectorTestServices.Build();

        await services.Client().SendToConversationAsync(
            scenario.ServiceUrl, "19:abc@thread.tacv2", new Activity { Type = ActivityTypes.Message, Text = "Hello" }, TestContext.Current.CancellationToken);

        var call = Assert.Single(telemetry.Spans, span => span.OperationName == "connector");
        Assert.Equal("SendToConversation", call.GetTagItem(TelemetryTags.ConnectorOperation));
        Assert.Equal(201, call.GetTagItem(TelemetryTags.HttpStatus));
        Assert.Equal(2, call.GetTagItem(TelemetryTags.RetryCount));
        Assert.Equal(1, telemetry.Sum("outcomesbot.connector.throttled", TelemetryTags.ConnectorOperation, "SendToConversation"));
    }

    [Fact]
    public async Task Outbox_depth_gauge_reports_the_sampled_counts_by_status()
    {
        var token = TestContext.Current.CancellationToken;
        using var telemetry = new CollectedTelemetry();
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantLimit: 50, token);
        await using var harness = await DeliveryHarness.CreateAsync(connector, 3, token);
        await harness.EnqueueCycleAsync("cycle-1", 3, token);

        BotTelemetry.ReportOutboxDepth(await new SqliteOutboxDepth(harness.Sqlite.Database).CountByStatusAsync(token));

        var depth = telemetry.Points("outcomesbot.outbox.depth");
        Assert.Equal(3, depth.Single(point => Equals(point.Tags[TelemetryTags.OutboxStatus], "Pending")).Value);
        Assert.Equal(0, depth.Single(point => Equals(point.Tags[TelemetryTags.OutboxStatus], "Sent")).Value);
        Assert.Equal(Enum.GetValues<OutboxStatus>().Length, depth.Count);
    }
}
