namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// Ending a set early (decision 078): the champion who started it, or a leader of its team, as the stored roster says at
/// the press (the card names only the set). The end is marked once in the store, so a double press ends it once; then the
/// trigger goes, the open round is summarised, the channel is told, and so is each member in their chat (decision 086).
/// </summary>
public sealed class LearningSetEnding(ILearningSetStore store, ILearningSetSchedule schedule, LearningSetEndNotice notice, TeamRoles roles, TimeProvider time)
{
    public async Task<AdaptiveCard> EndAsync(string aadObjectId, string? setId, CancellationToken cancellationToken)
    {
        var set = string.IsNullOrWhiteSpace(setId) || setId.Length > 64 ? null : await store.GetAsync(setId, cancellationToken);
        if (set is null)
        {
            return FullWidthCard.Saying(LearningSetDialog.SetGone);
        }

        var role = await roles.RoleOfAsync(set.TeamId, aadObjectId, cancellationToken);
        if (!MayEnd(set, role, aadObjectId))
        {
            return FullWidthCard.Saying(LearningSetEndCards.NotAllowed);
        }

        if (set.EndedAt is not null)
        {
            return FullWidthCard.Saying(LearningSetEndCards.AlreadyEnded(set));
        }

        var now = time.GetUtcNow();
        if (now >= set.RoundAt(set.Rounds + 1))
        {
            return FullWidthCard.Saying(LearningSetEndCards.Finished);
        }

        // The store ends it after the last round the runner opened (decision 080); the clock only for sets from before that.
        var afterRound = set.RoundsOpenedBy(now);
        var won = await store.TryEndAsync(set.SetId, afterRound, now, cancellationToken);
        var ended = await store.GetAsync(set.SetId, cancellationToken) ?? set with { EndedAt = now, EndedAfterRound = afterRound };
        if (!won)
        {
            return FullWidthCard.Saying(LearningSetEndCards.AlreadyEnded(ended));
        }

        // "The champion ended this set" only when it was one; a leader who started it is named a team leader (decision 080).
        await schedule.EndAsync(ended, role < TeamRole.Leader, cancellationToken);
        await notice.TellMembersAsync(ended, aadObjectId, role < TeamRole.Leader, cancellationToken);
        return LearningSetEndCards.Ended(ended);
    }

    /// <summary>Who may end a set: a leader of its team, or the champion who started it (the list offers the same sets).</summary>
    internal static bool MayEnd(LearningSet set, TeamRole role, string aadObjectId) =>
        role >= TeamRole.Leader || (role == TeamRole.Champion && string.Equals(set.StarterAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
