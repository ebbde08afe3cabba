namespace OutcomesBot.Dialogs.People;

/// <summary>The bot's last try at installing its app for a person, and how many tries there were.</summary>
public sealed record AppInstallAttempt(string AadObjectId, DirectoryStatus Status, int Attempts, DateTimeOffset LastAttemptAt)
{
    /// <summary>True when trying again could help: throttling, an outage, or a permission a leader may since have granted.</summary>
    public bool WorthRetrying => Status is not (DirectoryStatus.Ok or DirectoryStatus.AlreadyDone or DirectoryStatus.NotFound);
}
