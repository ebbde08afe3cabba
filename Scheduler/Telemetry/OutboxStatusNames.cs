namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>Enum names as constant strings for the outbox depth gauge.</summary>
internal static class OutboxStatusNames
{
    public static string Of(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => nameof(OutboxStatus.Pending),
        OutboxStatus.Sending => nameof(OutboxStatus.Sending),
        OutboxStatus.Sent => nameof(OutboxStatus.Sent),
        OutboxStatus.Failed => nameof(OutboxStatus.Failed),
        OutboxStatus.Unreachable => nameof(OutboxStatus.Unreachable),
        OutboxStatus.Skipped => nameof(OutboxStatus.Skipped),
        _ => "Other",
    };
}
