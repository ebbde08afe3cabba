namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// One proactive message to one person in one cycle. <see cref="IdempotencyKey"/> (cycle, recipient, kind) makes
/// enqueueing repeatable. While <see cref="OutboxStatus.Sending"/>, <see cref="NextAttemptAt"/> is when the
/// claim's lease ends and another drain may take the row again. <see cref="LastErrorCode"/> holds a code, never text.
/// </summary>
public sealed record OutboxMessage
{
    public required string OutboxId { get; init; }
    public required string CycleId { get; init; }
    public required string RecipientId { get; init; }
    public required string TenantId { get; init; }
    public required string Kind { get; init; }
    public required string CardJson { get; init; }
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? LastErrorCode { get; init; }
    public bool ConversationRecreated { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public string? SentActivityId { get; init; }

    /// <summary>Set by a claim; a write that does not carry the current claim token is ignored.</summary>
    public string? ClaimToken { get; init; }

    public string IdempotencyKey => KeyFor(CycleId, RecipientId, Kind);

    public static string KeyFor(string cycleId, string recipientId, string kind) => $"{cycleId}|{recipientId}|{kind}";

    public static OutboxMessage Create(string cycleId, string recipientId, string tenantId, string kind, string cardJson, DateTimeOffset now) => new()
    {
        OutboxId = Guid.CreateVersion7(now).ToString("N"),
        CycleId = cycleId,
        RecipientId = recipientId,
        TenantId = tenantId,
        Kind = kind,
        CardJson = cardJson,
        NextAttemptAt = now,
        CreatedAt = now,
    };
}
