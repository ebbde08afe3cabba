namespace OutcomesBot.Scheduler.Telemetry;

/// <summary>Enum names as constant strings, so that tagging a measurement formats nothing.</summary>
internal static class SendResultNames
{
    public static string Of(SendResultKind kind) => kind switch
    {
        SendResultKind.Sent => nameof(SendResultKind.Sent),
        SendResultKind.RetryAfter => nameof(SendResultKind.RetryAfter),
        SendResultKind.Transient => nameof(SendResultKind.Transient),
        SendResultKind.Blocked => nameof(SendResultKind.Blocked),
        SendResultKind.ConversationNotFound => nameof(SendResultKind.ConversationNotFound),
        SendResultKind.PermanentFailure => nameof(SendResultKind.PermanentFailure),
        _ => "Other",
    };
}
