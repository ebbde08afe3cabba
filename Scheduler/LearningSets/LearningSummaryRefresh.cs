using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// Builds a round's summary as it goes, from the answers stored then (decision 090): its outbox row names the set and
/// round only, so members' names and answers do not wait in the outbox, and a member who deletes their data while it
/// waits is not in it. Answers to a summarised round are refused, so it otherwise shows what it would have shown when
/// queued. A row queued before 090, whatever card it holds, is built the same way; a set no longer stored sends nothing.
/// </summary>
public sealed class LearningSummaryRefresh(ILearningSetStore store, LearningRoundHeadcount headcount) : IOutboxCardRefresh
{
    public bool Handles(string kind) => kind == LearningRoundRunner.SummaryKind;

    public OutboxRefreshStage Stage => OutboxRefreshStage.Build;

    public async Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!LearningRoundRunner.TryParseCycle(message.CycleId, out var setId, out var round) || await store.GetAsync(setId, cancellationToken) is not { } set)
        {
            return null;
        }

        var answers = await store.ListAnswersAsync(set.SetId, round, cancellationToken);
        return CardJson.Serialize(LearningRoundCards.Summary(set, round, answers, await headcount.CountAsync(set, answers, cancellationToken)));
    }
}
