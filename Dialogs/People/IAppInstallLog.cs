namespace OutcomesBot.Dialogs.People;

/// <summary>Remembers the bot's attempts to install its app for people, so that a daily roster sync asks once per person.</summary>
public interface IAppInstallLog
{
    /// <summary>The last attempt for the person, or null when the bot never tried.</summary>
    Task<AppInstallAttempt?> GetAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Records an attempt, replacing the previous one and counting it.</summary>
    Task RecordAsync(string aadObjectId, DirectoryStatus status, DateTimeOffset at, CancellationToken cancellationToken);
}
