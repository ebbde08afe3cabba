namespace OutcomesBot.Scheduler.Delivery;

/// <summary>The outcome of one send. <see cref="ErrorCode"/> is a short code (status or connector code), never message text.</summary>
public sealed record SendResult(SendResultKind Kind, string? ActivityId = null, TimeSpan? RetryAfter = null, string? ErrorCode = null)
{
    public static SendResult Sent(string? activityId) => new(SendResultKind.Sent, ActivityId: activityId);

    public static SendResult Throttled(TimeSpan? retryAfter) => new(SendResultKind.RetryAfter, RetryAfter: retryAfter, ErrorCode: "429");

    public static SendResult Transient(string errorCode) => new(SendResultKind.Transient, ErrorCode: errorCode);

    public static SendResult Blocked(string errorCode) => new(SendResultKind.Blocked, ErrorCode: errorCode);

    public static SendResult ConversationNotFound() => new(SendResultKind.ConversationNotFound, ErrorCode: "ConversationNotFound");

    public static SendResult Permanent(string errorCode) => new(SendResultKind.PermanentFailure, ErrorCode: errorCode);
}
