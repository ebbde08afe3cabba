namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// A member takes their own answer to a round back, before or after the round's summary was posted. Only the sender's
/// own answer can go (the card names a set and a round, never a person); a posted summary is then updated in the
/// channel without it.
/// </summary>
public sealed class LearningAnswerWithdrawal(ILearningSetStore store, ILearningRoundSummaries summaries, LearningRoundHeadcount headcount)
{
    public const string NoAnswer = "You have no answer in that round, so there is nothing to withdraw.";
    public const string BeingPosted = "The round summary is being posted right now. Press again in a moment to withdraw your answer.";

    public async Task<LearningReply> WithdrawAsync(string aadObjectId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var set = values.TryGetValue(LearningAnswerDraft.SetKey, out var setId) && setId is { Length: > 0 and <= 64 } ? await store.GetAsync(setId, cancellationToken) : null;
        if (set is null)
        {
            return LearningReply.Say(LearningSetDialog.SetGone);
        }

        if (!set.IsMember(aadObjectId))
        {
            return LearningReply.Say(LearningSetDialog.MembersOnly);
        }

        if (!values.TryGetValue(LearningAnswerDraft.RoundKey, out var roundText) || !int.TryParse(roundText, NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            || round < 1 || round > set.Rounds)
        {
            return LearningReply.Say(NoAnswer);
        }

        if (await summaries.IsBeingPostedAsync(set, round, cancellationToken))
        {
            return LearningReply.Say(BeingPosted);
        }

        if (!await store.RemoveAnswerAsync(set.SetId, round, aadObjectId, cancellationToken))
        {
            return LearningReply.Say(NoAnswer);
        }

        if (!await store.IsSummarisedAsync(set.SetId, round, cancellationToken))
        {
            return LearningReply.Say($"Your answer to round {round} is withdrawn. It won't be in the round summary.");
        }

        var answers = await store.ListAnswersAsync(set.SetId, round, cancellationToken);
        await summaries.ReplaceAsync(set, round, LearningRoundCards.Summary(set, round, answers, await headcount.CountAsync(set, answers, cancellationToken)), cancellationToken);
        return LearningReply.Say($"Your answer to round {round} is withdrawn, and the round summary in the channel no longer shows it.");
    }
}
