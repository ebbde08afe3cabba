using System.Net;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Telemetry;

namespace OutcomesBot.Bot.Tests.Telemetry;

[Collection(nameof(TelemetryTestGroup))]
public sealed class TurnTelemetryTests
{
    // Personal text, a name and card values a person might send: none of it may reach a tag.
    private const string SeededText = "Margaret said her son Dominic Ravensworth visits on Tuesdays";
    private const string SeededName = "Philippa Quenby-Hartlow";
    private const string SeededCardValue = "zebracorn-ward-7-note";

    [Fact]
    public async Task One_turn_gives_one_turn_span_with_its_type_handler_outcome_and_duration()
    {
        using var telemetry = new CollectedTelemetry();
        await using var app = new BotAppFactory();
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";

        using var response = await app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(telemetry.Spans, span => span.Source.Name == BotTelemetry.Name && span.OperationName == "turn");
        Assert.Equal("message", turn.GetTagItem(TelemetryTags.ActivityType));
        Assert.Equal("WelcomeCommands", turn.GetTagItem(TelemetryTags.Handler));
        Assert.Equal("completed", turn.GetTagItem(TelemetryTags.Outcome));
        Assert.True(turn.Duration > TimeSpan.Zero);
        Assert.Equal(1, telemetry.Sum("outcomesbot.turns", TelemetryTags.Outcome, "completed"));
        Assert.Equal(1, telemetry.Sum("outcomesbot.turn.duration", TelemetryTags.ActivityType, "message"));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_one_completed_turn_and_one_duplicate()
    {
        using var telemetry = new CollectedTelemetry();
        await using var app = new BotAppFactory();
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";

        using (await app.PostActivityAsync(message))
        using (await app.PostActivityAsync(message))
        {
        }

        Assert.Equal(
            ["completed", "duplicate"],
            telemetry.Spans.Where(span => span.OperationName == "turn").Select(span => (string)span.GetTagItem(TelemetryTags.Outcome)!).Order());
    }

    [Fact]
    public async Task No_exported_tag_holds_personal_text_a_name_or_a_card_value()
    {
        using var telemetry = new CollectedTelemetry();
        await using var app = new BotAppFactory();
        var message = Samples.Fresh("message-personal");
        message["text"] = SeededText;
        message["from"]!["name"] = SeededName;
        var submit = Samples.Fresh("message-submit-personal");
        submit["from"]!["name"] = SeededName;
        submit["value"] = new JsonObject { ["verb"] = "checkin.submit", ["note"] = SeededCardValue, ["dish"] = SeededText };
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["from"]!["name"] = SeededName;
        invoke["value"]!["action"]!["data"] = new JsonObject { ["note"] = SeededCardValue };

        foreach (var activity in new[] { message, submit, invoke })
        {
            using var response = await app.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var tags = telemetry.AllTagValues().ToList();
        Assert.Equal(3, telemetry.Spans.Count(span => span.OperationName == "turn"));
        Assert.NotEmpty(tags);
        foreach (var seeded in new[] { "Ravensworth", "Margaret", "Quenby", "Philippa", "zebracorn", "Tuesdays" })
        {
            Assert.DoesNotContain(tags, tag => tag.Contains(seeded, StringComparison.OrdinalIgnoreCase));
        }
    }
}
