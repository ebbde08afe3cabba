using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// "Start the first round now" (decision 030): round 1 opens at once and the later rounds keep the day and time chosen,
/// so the set's first round is moved one interval back and run now. Only a champion or leader of the set's team may do
/// it; the move is conditional on the stored first round, so a second press (or two at once) starts one round.
/// </summary>
public sealed class LearningSetFirstRound(ILearningSetStore store, ILearningSetSchedule schedule, TeamRoles roles, StoryChannels channels, TimeProvider time)
{
    public async Task<AdaptiveCard> StartNowAsync(string aadObjectId, string? tenantId, string? setId, CancellationToken cancellationToken)
    {
        var set = string.IsNullOrWhiteSpace(setId) || setId.Length > 64 ? null : await store.GetAsync(setId, cancellationToken);
        if (set is null)
        {
            return FullWidthCard.Saying(LearningSetDialog.SetGone);
        }

        if (await roles.RoleOfAsync(set.TeamId, aadObjectId, cancellationToken) < TeamRole.Champion)
        {
            return FullWidthCard.Saying(LearningSetMemberCards.ChampionsOnly);
        }

        if (set.EndedAt is not null)
        {
            return FullWidthCard.Saying(LearningSetEndCards.AlreadyEnded(set));
        }

        var now = time.GetUtcNow();
        var planned = set.FirstRoundAt;
        if (planned <= now || !await store.TryMoveFirstRoundAsync(set.SetId, planned, planned.AddDays(-set.IntervalDays), cancellationToken))
        {
            return FullWidthCard.Saying(LearningSetMemberCards.AlreadyStarted);
        }

        var moved = set with { FirstRoundAt = planned.AddDays(-set.IntervalDays) };
        await schedule.RunRoundNowAsync(moved, 1, cancellationToken);

        // The set's trigger is left as it was: it first fires at the planned time, which is now round 2 (or the close).
        var title = (await channels.ListAsync(aadObjectId, tenantId ?? set.TenantId, cancellationToken)).FirstOrDefault(c => c.ConversationId == set.ChannelId)?.Title ?? "the set's channel";
        return LearningSetMemberCards.StartedNow(moved, title, TimeZoneInfo.ConvertTime(planned, TimeZoneInfo.FindSystemTimeZoneById(set.TimeZoneId)));
    }
}
