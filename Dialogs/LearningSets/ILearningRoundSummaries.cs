namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>The round summaries posted to a set's thread, as the delivery engine holds them.</summary>
public interface ILearningRoundSummaries
{
    /// <summary>True while the round's summary is queued or being sent: it cannot be changed until it has gone.</summary>
    Task<bool> IsBeingPostedAsync(LearningSet set, int round, CancellationToken cancellationToken);

    /// <summary>Replaces the card of the round's posted summary; false when no summary was posted.</summary>
    Task<bool> ReplaceAsync(LearningSet set, int round, AdaptiveCard summary, CancellationToken cancellationToken);

    /// <summary>The Teams message id of the round's post, which starts its thread, once it was sent; null before (or never).</summary>
    Task<string?> ThreadRootAsync(LearningSet set, int round, CancellationToken cancellationToken);

    /// <summary>True while the round's post (the one that starts its thread) is queued or being sent.</summary>
    Task<bool> IsPostWaitingAsync(LearningSet set, int round, CancellationToken cancellationToken);
}
