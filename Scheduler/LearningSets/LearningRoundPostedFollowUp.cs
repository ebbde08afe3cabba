using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// Once a round's post is in the channel: if the set was ended after that round while the post waited, the summary and
/// the end line held behind it go into its thread now (decision 086), and the members' notes held behind it go with a
/// link to the thread (decision 093). Reads the set once per round posted.
/// </summary>
public sealed class LearningRoundPostedFollowUp(ILearningSetStore store, LearningSetEndWords words, LearningSetEndNotice notice) : IOutboxFollowUp
{
    public bool Handles(string kind) => kind == LearningRoundRunner.PromptKind;

    public async Task OnSentAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!LearningRoundRunner.TryParseCycle(message.CycleId, out var setId, out var round)
            || await store.GetAsync(setId, cancellationToken) is not { EndedAt: not null } set
            || set.EndedAfterRound != round)
        {
            return;
        }

        await words.ReleaseAsync(set, round, message.SentActivityId, cancellationToken);
        await notice.ReleaseAsync(set, message.SentActivityId, cancellationToken);
    }
}
