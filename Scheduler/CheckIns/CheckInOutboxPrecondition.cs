namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Checked by the delivery engine right before a check-in or reminder goes out, as the person's situation may have
/// changed since it was queued: opted out, paused, already answered, or the cycle closed. A skipped check-in is
/// recorded so that no reminder follows it.
/// </summary>
public sealed class CheckInOutboxPrecondition(ICheckInStore checkIns, ICheckInDeliveryStore deliveries, TimeProvider time) : IOutboxPrecondition
{
    public bool Handles(string kind) => CheckInMessages.IsCheckIn(kind);

    public async Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cycleId = CheckInMessages.CheckInCycleId(message.CycleId);
        var reason = await ReasonAsync(cycleId, message, cancellationToken);
        if (reason is not null && message.Kind == CheckInMessages.CheckInKind)
        {
            await deliveries.MarkSkippedAsync(cycleId, message.RecipientId, CancellationToken.None);
        }

        return reason;
    }

    private async Task<string?> ReasonAsync(string cycleId, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var preferences = await checkIns.GetPreferencesAsync(message.RecipientId, cancellationToken);
        if (preferences.OptedOut)
        {
            return "OptedOut";
        }

        if (preferences.PausedUntil > now)
        {
            return "Paused";
        }

        if (CheckInMessages.IsReminder(message.Kind) && preferences.SnoozedUntil > now)
        {
            return "Snoozed";
        }

        if (await checkIns.GetCycleAsync(cycleId, cancellationToken) is { } cycle && now >= cycle.ClosesAt)
        {
            return "CycleClosed";
        }

        return await checkIns.GetAnswerAsync(cycleId, message.RecipientId, cancellationToken) is null ? null : "Answered";
    }
}
