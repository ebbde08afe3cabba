namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// The champions who asked not to be asked for stories, per team (decision 079). A person's stop is theirs: it is part
/// of "my data" (shown, downloaded, deleted). AAD object ids are compared ignoring case.
/// </summary>
public interface IStoryAskStops
{
    /// <summary>Records the stop; a second stop of the same person in the same team keeps one.</summary>
    Task StopAsync(StoryAskStop stop, CancellationToken cancellationToken);

    /// <summary>Removes the person's stop in the team; true when there was one.</summary>
    Task<bool> ResumeAsync(string teamId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Every stop in the team (one query: the digest reads it once per run).</summary>
    Task<IReadOnlyList<StoryAskStop>> ListForTeamAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Every stop the person made, in any team.</summary>
    Task<IReadOnlyList<StoryAskStop>> ListForPersonAsync(string aadObjectId, CancellationToken cancellationToken);
}
