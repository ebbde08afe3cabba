namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// Keeps the single-use download links of "my data" exports. Only Bot serves downloads, so the port lives here rather
/// than in Dialogs.
/// </summary>
public interface IDownloadLinkStore
{
    /// <summary>Stores a new link.</summary>
    Task AddAsync(DownloadLink link, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the link and returns it, or null when no link has that hash (unknown or already taken). Of several takes
    /// of one link at the same time, exactly one gets it.
    /// </summary>
    Task<DownloadLink?> TakeAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Removes the links that expired at or before <paramref name="now"/>; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
