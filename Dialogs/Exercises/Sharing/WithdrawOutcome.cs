namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>What taking a channel post down did.</summary>
public enum WithdrawOutcome
{
    /// <summary>No such post was queued (or it is already gone).</summary>
    NotFound,

    /// <summary>It had not been sent yet and now never will be.</summary>
    Stopped,

    /// <summary>It was being sent at that moment; pressing again in a few seconds takes it down.</summary>
    InFlight,

    /// <summary>The channel message was deleted (or, where the channel cannot delete, replaced by a notice).</summary>
    Removed,
}
