namespace OutcomesBot.Dialogs.Stories;

/// <summary>Keeps stories offered by staff until a leader or champion decides; the author's words are their personal data.</summary>
public interface IStoryOfferStore
{
    /// <summary>Stores the offer; false when an offer with that story id is already stored (a second press).</summary>
    Task<bool> TryAddAsync(StoryOffer offer, CancellationToken cancellationToken);

    /// <summary>The offer, or null.</summary>
    Task<StoryOffer?> GetAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>Records the decision if none is recorded yet; true only for the first decider.</summary>
    Task<bool> TryDecideAsync(string storyId, StoryOfferDecision decision, string deciderAadObjectId, string? deciderName, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The offers not decided yet in any of <paramref name="teamIds"/>, newest first, in one read whatever the number of
    /// teams (decision 101): one goes when it is decided or its author deletes their data.
    /// </summary>
    Task<IReadOnlyList<WaitingStoryOffer>> ListWaitingAsync(IReadOnlyCollection<string> teamIds, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="listed"/> came from <see cref="ListWaitingAsync"/>, but its offer was read and found decided, gone,
    /// or in another team: it is taken out of the lists, so they stop counting it (decision 105). Only a store that keeps
    /// the list beside the offers (Azure Tables, where a crash can leave a row) has anything to do.
    /// </summary>
    Task ForgetWaitingAsync(WaitingStoryOffer listed, CancellationToken cancellationToken);
}
