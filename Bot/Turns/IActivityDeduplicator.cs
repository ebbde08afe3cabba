namespace OutcomesBot.Bot.Turns;

/// <summary>
/// Remembers which activities were processed, so that Teams' redelivery of an activity (same id, same
/// conversation, after a slow answer) is handled once. Shared by every bot instance through the store.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>Claims an activity for processing, or says it was claimed already (with its stored response).</summary>
    Task<ActivityClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Marks a claimed activity done, keeping the invoke response body (if any) for redeliveries.</summary>
    Task CompleteAsync(string conversationId, string activityId, string? responseJson, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after a failed turn, so that Teams' retry can process the activity.</summary>
    Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes claims made before <paramref name="before"/> with their stored responses (which may echo what someone
    /// answered); returns how many. Such claims are already treated as gone by <see cref="TryClaimAsync"/>.
    /// </summary>
    Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
