namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The de-duplication steps around a turn, none of which may fail the request. A claim that cannot be made (a busy or
/// unreachable store) is reported as null, so the turn is not run and Teams' retry can still be processed; a completion
/// or release that cannot be written is logged and the turn's answer still goes back.
/// </summary>
public sealed partial class TurnClaims(IActivityDeduplicator deduplicator, ILogger<TurnClaims> logger)
{
    /// <summary>The claim, or null when the store could not be asked.</summary>
    public async Task<ActivityClaim?> TryClaimAsync(string conversationId, string activityId)
    {
        try
        {
            return await deduplicator.TryClaimAsync(conversationId, activityId, CancellationToken.None);
        }
#pragma warning disable CA1031 // Whatever the store throws, the request gets a "try again" answer rather than a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogStepFailed("claim", exception.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// Marks the activity done. When that cannot be written, the claim stays unfinished: a redelivery is told the turn is
    /// still running until the claim is taken over (twice the turn timeout), and Teams, which has its answer, sends none.
    /// A turn whose store held its writes for this commit (decision 042) is failed instead, when the commit carried them or
    /// when the turn did nothing outside the bot: its effects are not stored, so it must not answer as if they were, and a
    /// retry can run it again.
    /// </summary>
    public async Task CompleteAsync(string conversationId, string activityId, string? storedReply)
    {
        var turn = TurnScope.Current;
        var mustStore = turn?.HeldWrites is { } held && (held.Any || !turn.MadeEffects);
        try
        {
            await deduplicator.CompleteAsync(conversationId, activityId, storedReply, CancellationToken.None);
        }
#pragma warning disable CA1031 // The turn has run: its answer goes back whatever happens to the mark.
        catch (Exception exception) when (!mustStore)
#pragma warning restore CA1031
        {
            LogStepFailed("complete", exception.GetType().Name);
        }
    }

    /// <summary>Gives the claim back after a failed turn; if that cannot be written, a redelivery takes it over later.</summary>
    public async Task ReleaseAsync(string conversationId, string activityId)
    {
        try
        {
            await deduplicator.ReleaseAsync(conversationId, activityId, CancellationToken.None);
        }
#pragma warning disable CA1031 // Already on the failure path: the answer to the failed turn goes back as it is.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogStepFailed("release", exception.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "The de-duplication {Step} step failed ({ExceptionType}); the request is answered without it")]
    private partial void LogStepFailed(string step, string exceptionType);
}
