using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>Puts a story's card in its channel through the delivery engine, once per story, and takes it down again.</summary>
public interface IStoryPublisher
{
    /// <summary>Queues the card for the story's channel; repeating it for the same story queues nothing more.</summary>
    Task PublishAsync(Story story, AdaptiveCard card, CancellationToken cancellationToken);

    /// <summary>
    /// True once the story's post was queued, whatever became of it since (sent, stopped or taken down); false when it
    /// never was, as after a crash between recording an approval and posting.
    /// </summary>
    Task<bool> WasQueuedAsync(Story story, CancellationToken cancellationToken);

    /// <summary>Stops the story's post if it has not gone yet, or deletes the channel message it became.</summary>
    Task<WithdrawOutcome> WithdrawAsync(Story story, CancellationToken cancellationToken);
}
