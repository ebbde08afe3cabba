namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>The tag names the bot's spans and metrics use. Values are bounded codes, never personal text.</summary>
public static class TelemetryTags
{
    public const string ActivityType = "outcomesbot.activity.type";
    public const string Handler = "outcomesbot.turn.handler";
    public const string Outcome = "outcomesbot.turn.outcome";
    public const string ConnectorOperation = "outcomesbot.connector.operation";
    public const string RetryCount = "outcomesbot.connector.retry_count";
    public const string HttpStatus = "http.response.status_code";
    public const string ErrorType = "error.type";
    public const string SendResult = "outcomesbot.send.result";
    public const string OutboxStatus = "outcomesbot.outbox.status";
    public const string JobType = "outcomesbot.job.type";
}
