using Microsoft.Extensions.Options;
using OutcomesBot.Scheduler.Telemetry;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// Drains the outbox: claims due messages with a lease, sends each within the tenant and conversation limits, and
/// records every outcome right after the answer. The engine owns retries: the sender tries once, so 429s and 5xx
/// reach the limiter and the backoff here instead of being retried out of sight. See docs/decisions/007.
/// </summary>
public sealed partial class DeliveryEngine
{
    /// <summary>The error code of a message given up because it was claimed more than <see cref="DeliveryOptions.MaxAttempts"/> times.</summary>
    public const string AttemptLimit = "AttemptLimit";

    /// <summary>The error code of a message whose sending threw starts with this, followed by the exception's type name.</summary>
    public const string BrokenPrefix = "Broken:";

    private readonly IOutboxStore _outbox;
    private readonly IProactiveSender _sender;
    private readonly IReachability _reachability;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DeliveryEngine> _logger;
    private readonly DeliveryRateLimiter _limiter;
    private readonly IReadOnlyList<IOutboxPrecondition> _preconditions;
    private readonly IReadOnlyList<IOutboxFollowUp> _followUps;
    private readonly IReadOnlyList<IOutboxCardRefresh> _refreshes;
    private readonly OutboxClaimLoop _claims;

    public DeliveryEngine(
        IOutboxStore outbox,
        IProactiveSender sender,
        IReachability reachability,
        IOptions<DeliveryOptions> options,
        TimeProvider timeProvider,
        ILogger<DeliveryEngine> logger,
        IEnumerable<IOutboxPrecondition>? preconditions = null,
        IEnumerable<IOutboxFollowUp>? followUps = null,
        IEnumerable<IOutboxCardRefresh>? refreshes = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outbox = outbox;
        _sender = sender;
        _reachability = reachability;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _preconditions = preconditions?.ToList() ?? [];
        _followUps = followUps?.ToList() ?? [];
        // By stage, not by registration (decision 097); OrderBy is stable, so one stage's refreshes keep theirs.
        _refreshes = refreshes?.OrderBy(refresh => refresh.Stage).ToList() ?? [];
        _limiter = new DeliveryRateLimiter(
            _options.TenantRatePerSecond, _options.ConversationRatePerSecond, TimeSpan.FromSeconds(1) + _options.RateWindowSlack, timeProvider);
        _claims = new OutboxClaimLoop(outbox, _options, timeProvider, HandBackAsync);
    }

    /// <summary>
    /// Sends until no unfinished message is left, waiting for those due within <see cref="DeliveryOptions.DrainInterval"/>;
    /// later ones are left to a later drain. Returns how many were processed.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends, CancellationToken = cancellationToken };
        while (true)
        {
            var round = 0;
            var inFlight = new InFlightSends();
            await Parallel.ForEachAsync(_claims.ClaimWhileDueAsync(inFlight, cancellationToken), parallel, async (message, token) =>
            {
                Interlocked.Increment(ref round);
                inFlight.Started();
                try
                {
                    await DeliverAsync(message, token);
                }
                finally
                {
                    inFlight.Finished();
                }
            });
            if (round > 0)
            {
                processed += round;
                continue;
            }

            if (!await _claims.WaitForNextDueAsync(cancellationToken))
            {
                return processed;
            }
        }
    }

    // One message never stops the others: whatever goes wrong with it (a card that does not parse, a store error) marks
    // that message Failed and the drain goes on. A row claimed more often than MaxAttempts (its sends kept crashing the
    // process, or its result could not be written) is failed when claimed, so that nothing is claimed for ever.
    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (message.Attempts > _options.MaxAttempts)
            {
                await _outbox.MarkFailedAsync(message, AttemptLimit, CancellationToken.None);
                LogFailed(_logger, message.OutboxId, AttemptLimit, message.Attempts);
                return;
            }

            await DeliverClaimedAsync(message, cancellationToken);
        }
        catch (LeaseExpiredException)
        {
            LogLeaseExpired(_logger, message.OutboxId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the request left (a started send is never cancelled, see IProactiveSender): hand the claim
            // back, so the next drain (after a restart, or on another instance) sends it now instead of after the lease.
            await HandBackAsync([message]);
        }
#pragma warning disable CA1031 // Any fault of one message is recorded on that message; rethrowing would stop the whole drain.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await FailBrokenAsync(message, exception);
        }
    }

    // The reason is the exception's type, a code: its message may quote what was stored.
    private async Task FailBrokenAsync(OutboxMessage message, Exception exception)
    {
        var code = BrokenPrefix + exception.GetType().Name;
        LogBroken(_logger, message.OutboxId, code);
        try
        {
            await _outbox.MarkFailedAsync(message, code, CancellationToken.None);
        }
#pragma warning disable CA1031 // The row stays Sending; its lease ends and a claim past MaxAttempts fails it.
        catch (Exception markException)
#pragma warning restore CA1031
        {
            LogNotMarked(_logger, message.OutboxId, markException.GetType().Name);
        }
    }

    private async Task HandBackAsync(IEnumerable<OutboxMessage> messages)
    {
        var now = _timeProvider.GetUtcNow();
        foreach (var message in messages)
        {
            if (await _outbox.ReleaseAsync(message, now, CancellationToken.None))
            {
                LogHandedBack(_logger, message.OutboxId);
            }
        }
    }

    private async Task DeliverClaimedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await _reachability.IsUnreachableAsync(message.RecipientId, cancellationToken))
        {
            await _outbox.MarkUnreachableAsync(message, "KnownUnreachable", CancellationToken.None);
            return;
        }

        if (await SkipReasonAsync(message, cancellationToken) is { } reason)
        {
            await _outbox.MarkSkippedAsync(message, reason, CancellationToken.None);
            LogSkipped(_logger, message.OutboxId, reason);
            return;
        }

        if (await RefreshedAsync(message, cancellationToken) is not { } refreshed)
        {
            await _outbox.MarkSkippedAsync(message, ChannelPostWithdrawal.WithdrawnCode, CancellationToken.None);
            LogSkipped(_logger, message.OutboxId, ChannelPostWithdrawal.WithdrawnCode);
            return;
        }

        message = refreshed;
        var result = await SendOnceAsync(message, cancellationToken);
        if (result.Kind == SendResultKind.ConversationNotFound && !message.ConversationRecreated)
        {
            var created = await _sender.RecreateConversationAsync(message, SlotFor(message), cancellationToken);
            if (created.Kind != SendResultKind.Sent)
            {
                await RecordAsync(message, created);
                return;
            }

            LogConversationRecreated(_logger, message.OutboxId);
            message = message with { ConversationRecreated = true };
            result = await SendOnceAsync(message, cancellationToken);
        }

        await RecordAsync(message, result);
    }

    private async Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var precondition in _preconditions.Where(p => p.Handles(message.Kind)))
        {
            if (await precondition.SkipReasonAsync(message, cancellationToken) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    // The card as it is to go now; null when nothing of it is left (decision 081).
    private async Task<OutboxMessage?> RefreshedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var refresh in _refreshes.Where(r => r.Handles(message.Kind)))
        {
            if (await refresh.CardAsync(message, cancellationToken) is not { } card)
            {
                return null;
            }

            message = message with { CardJson = card };
        }

        return message;
    }

    // A send once started is not cancelled (see IProactiveSender): stopping the drain must not cut a request Teams
    // may already have taken, or its result would go unrecorded and the message out twice. The connector's timeout bounds it.
    private Task<SendResult> SendOnceAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        _sender.SendAsync(message, SlotFor(message), cancellationToken);

    // After waiting for its slot, a message whose lease is about to end is not sent: another claim may take (or have
    // taken) the row, and two sends would reach the person. The row is left for that claim.
    private Func<CancellationToken, Task> SlotFor(OutboxMessage message) => async token =>
    {
        await _limiter.WaitAsync(message.TenantId, message.RecipientId, token);
        if (_timeProvider.GetUtcNow() >= message.NextAttemptAt - (_options.Lease / 4))
        {
            throw new LeaseExpiredException();
        }
    };

    // The answer is written at once and with no token: once Teams has taken a message, being stopped must not
    // leave the row Sending, or a later drain would send it again.
    private async Task RecordAsync(OutboxMessage message, SendResult result)
    {
        BotTelemetry.RecordSend(result.Kind);
        var now = _timeProvider.GetUtcNow();
        var code = result.ErrorCode ?? result.Kind.ToString();
        switch (result.Kind)
        {
            case SendResultKind.Sent:
                await _outbox.MarkSentAsync(message, result.ActivityId, now, CancellationToken.None);
                await FollowUpAsync(message with { Status = OutboxStatus.Sent, SentAt = now, SentActivityId = result.ActivityId });
                break;
            case SendResultKind.Blocked:
                await _reachability.MarkUnreachableAsync(message.RecipientId, code, now, CancellationToken.None);
                await _outbox.MarkUnreachableAsync(message, code, CancellationToken.None);
                LogUnreachable(_logger, message.OutboxId, code);
                break;
            case SendResultKind.RetryAfter:
                // No extra penalty for the tenant: the throttled request already used its paced slot.
                await RetryOrFailAsync(message, now + (result.RetryAfter ?? Backoff(message.Attempts)), code);
                break;
            case SendResultKind.Transient:
                await RetryOrFailAsync(message, now + Backoff(message.Attempts), code);
                break;
            default:
                await _outbox.MarkFailedAsync(message, code, CancellationToken.None);
                LogFailed(_logger, message.OutboxId, code, message.Attempts);
                break;
        }
    }

    private async Task RetryOrFailAsync(OutboxMessage message, DateTimeOffset nextAttemptAt, string code)
    {
        if (message.Attempts >= _options.MaxAttempts)
        {
            await _outbox.MarkFailedAsync(message, code, CancellationToken.None);
            LogFailed(_logger, message.OutboxId, code, message.Attempts);
            return;
        }

        await _outbox.MarkRetryAsync(message, nextAttemptAt, code, message.ConversationRecreated, CancellationToken.None);
    }

    // Exponential from BaseBackoff, capped, with "equal jitter": half fixed, half random, so retries of one burst spread out.
    private TimeSpan Backoff(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ceiling = Math.Min(_options.BaseBackoff.TotalMilliseconds * Math.Pow(2, exponent), _options.MaxBackoff.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries; it protects nothing, so a predictable generator is fine.
        var jittered = (ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(jittered);
    }

    private async Task FollowUpAsync(OutboxMessage message)
    {
        foreach (var followUp in _followUps.Where(f => f.Handles(message.Kind)))
        {
            try
            {
                await followUp.OnSentAsync(message, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFollowUpFailed(_logger, message.OutboxId, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 6122, Level = LogLevel.Warning, Message = "Outbox message {OutboxId} was sent, but its follow-up failed ({ExceptionType})")]
    private static partial void LogFollowUpFailed(ILogger logger, string outboxId, string exceptionType);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "Outbox message {OutboxId} not sent: its lease was ending before its rate slot came; raise Delivery:Lease or lower Delivery:ClaimBatchSize")]
    private static partial void LogLeaseExpired(ILogger logger, string outboxId);

    [LoggerMessage(EventId = 6121, Level = LogLevel.Information, Message = "Outbox message {OutboxId} handed back unsent: the drain is stopping")]
    private static partial void LogHandedBack(ILogger logger, string outboxId);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Error, Message = "Outbox message {OutboxId} could not be sent ({Code}); marked Failed, the drain goes on")]
    private static partial void LogBroken(ILogger logger, string outboxId, string code);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Error, Message = "Outbox message {OutboxId} could not be marked Failed ({ExceptionType}); it is failed when claimed past Delivery:MaxAttempts")]
    private static partial void LogNotMarked(ILogger logger, string outboxId, string exceptionType);

    [LoggerMessage(EventId = 6120, Level = LogLevel.Information, Message = "Outbox message {OutboxId} skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string outboxId, string reason);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Outbox message {OutboxId}: 1:1 conversation recreated after ConversationNotFound")]
    private static partial void LogConversationRecreated(ILogger logger, string outboxId);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Outbox message {OutboxId}: recipient unreachable ({Code})")]
    private static partial void LogUnreachable(ILogger logger, string outboxId, string code);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Outbox message {OutboxId} failed with {Code} after {Attempts} attempts")]
    private static partial void LogFailed(ILogger logger, string outboxId, string code, int attempts);
}
