namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Checked by the delivery engine right before a check-in or reminder goes out, as the person's situation may have
/// changed since it was queued: opted out, paused, already answered, or the cycle closed (at its planned close or when
/// the team's next cycle opened). For a team's cycle also: the leader switched the rhythm off, or the person is no
/// longer in the team's stored roster. A skipped check-in is recorded so that no reminder follows, and so is a reminder
/// skipped because the person left the team: the reminder scan does not read the roster (decision 073), so this is
/// where a leaver's delivery stops being looked at.
/// </summary>
public sealed class CheckInOutboxPrecondition(
    ICheckInStore checkIns, ICheckInDeliveryStore deliveries, ITeamRhythmStore rhythms, ITeamStore teams, IPersonStore people, TimeProvider time) : IOutboxPrecondition
{
    private const string NotAMember = "NotAMember";

    public bool Handles(string kind) => CheckInMessages.IsCheckIn(kind);

    public async Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cycleId = CheckInMessages.CheckInCycleId(message.CycleId);
        var reason = await ReasonAsync(cycleId, message, cancellationToken);
        if (reason is not null && (message.Kind == CheckInMessages.CheckInKind || reason == NotAMember))
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

        if (await checkIns.GetCycleAsync(cycleId, cancellationToken) is { } stored && await CycleReasonAsync(stored, message.RecipientId, now, cancellationToken) is { } reason)
        {
            return reason;
        }

        return await checkIns.GetAnswerAsync(cycleId, message.RecipientId, cancellationToken) is null ? null : "Answered";
    }

    private async Task<string?> CycleReasonAsync(CheckInCycle stored, string recipientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cycle = await checkIns.AsOfAsync(stored, now, cancellationToken);
        if (now >= cycle.ClosesAt)
        {
            return "CycleClosed";
        }

        if (cycle.OwnerPersonId is not null || cycle.TeamId is not { } teamId)
        {
            return null;
        }

        if (await rhythms.GetAsync(teamId, cancellationToken) is null)
        {
            return "RhythmOff";
        }

        return await teams.HasMemberAsync(people, teamId, recipientId, cancellationToken) ? null : NotAMember;
    }
}
