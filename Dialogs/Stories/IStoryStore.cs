namespace OutcomesBot.Dialogs.Stories;

/// <summary>Keeps posted success stories and who celebrated them.</summary>
public interface IStoryStore
{
    /// <summary>Stores a story; false when a story with that id is already stored (a second press of Post).</summary>
    Task<bool> TryAddAsync(Story story, CancellationToken cancellationToken);

    /// <summary>The story, or null.</summary>
    Task<Story?> GetAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a story that was taken down, with its celebrations, so that it is no longer in the team's list, the digest
    /// or the leaders' figures; false when it was not stored.
    /// </summary>
    Task<bool> RemoveAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the story as being taken down (decision 081): it leaves the team's list and every digest from now on, while it
    /// is still stored for a second press to finish the take-down; false when it was not stored.
    /// </summary>
    Task<bool> MarkTakenDownAsync(string storyId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The stories marked as being taken down before <paramref name="markedBefore"/> whose take-down never finished (the
    /// person was told to press again and did not), oldest mark first, at most <paramref name="limit"/> (decision 087).
    /// </summary>
    Task<IReadOnlyList<Story>> ListLeftMarkedAsync(DateTimeOffset markedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// A team's stories posted at or after <paramref name="since"/> and before <paramref name="until"/>, oldest first;
    /// none being taken down.
    /// </summary>
    Task<IReadOnlyList<Story>> ListForTeamAsync(string teamId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// The stories the person wrote, in any team (one they left too), posted at or after <paramref name="since"/> and
    /// before <paramref name="until"/>, newest first; those being taken down too, so that a second press can finish it.
    /// </summary>
    Task<IReadOnlyList<Story>> ListByAuthorAsync(string aadObjectId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Records one celebration per person and story; returns the story's count afterwards.</summary>
    Task<int> CelebrateAsync(string storyId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>How many people celebrated the story.</summary>
    Task<int> CountCelebrationsAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>The end of the team's last digest period, or null before its first digest.</summary>
    Task<DateTimeOffset?> LastDigestAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Records the team's digest for the period ending at <paramref name="periodEnd"/>; false when it was already recorded.</summary>
    Task<bool> TryRecordDigestAsync(string teamId, DateTimeOffset periodEnd, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers which stories the team's digest for the period ending at <paramref name="periodEnd"/> carries, and the
    /// channel it goes to, so that taking one of them down can rebuild it (decision 077).
    /// </summary>
    Task RecordDigestStoriesAsync(string teamId, DateTimeOffset periodEnd, string channelId, IReadOnlyList<string> storyIds, CancellationToken cancellationToken);

    /// <summary>The team's digest for the period ending at <paramref name="periodEnd"/>, or null when none is recorded with its stories.</summary>
    Task<StoryDigest?> GetDigestAsync(string teamId, DateTimeOffset periodEnd, CancellationToken cancellationToken);

    /// <summary>The team's digests that carried the story, whose period ended after <paramref name="postedAt"/>.</summary>
    Task<IReadOnlyList<StoryDigest>> ListDigestsCarryingAsync(string teamId, string storyId, DateTimeOffset postedAt, CancellationToken cancellationToken);
}
