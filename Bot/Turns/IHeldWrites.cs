namespace OutcomesBot.Bot.Turns;

/// <summary>
/// A turn's store writes held back to be committed together with its completion (decision 042): the store that holds
/// them puts them in the turn's <see cref="TurnScope"/> when the turn is claimed.
/// </summary>
public interface IHeldWrites
{
    /// <summary>True when the turn has written something that is not stored yet.</summary>
    bool Any { get; }

    /// <summary>Stores what the turn wrote so far, in one commit, before the turn shows anything outside the bot.</summary>
    Task StoreAsync(CancellationToken cancellationToken);

    /// <summary>Drops what the turn wrote: a failed turn stores none of its effects.</summary>
    void Discard();
}
