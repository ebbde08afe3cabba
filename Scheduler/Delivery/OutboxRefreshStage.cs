namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// When an <see cref="IOutboxCardRefresh"/> runs on a message, relative to the others for its kind (decision 097). The
/// engine runs them in this order, whatever order they were registered in; within a stage, in registration order.
/// </summary>
public enum OutboxRefreshStage
{
    /// <summary>Builds the card from the stores, whatever the row holds (a digest, a round's summary).</summary>
    Build = 0,

    /// <summary>Changes words of a built card (a line saying a round's post never went).</summary>
    Amend = 1,

    /// <summary>
    /// Adds the bot's own controls to the worded card (a one-off note's stop, decision 096), after Amend, whose steps read
    /// the card's own buttons.
    /// </summary>
    Controls = 2,

    /// <summary>Puts names into the finished card's slots, last, so no later step works on a name.</summary>
    FillNames = 3,
}
