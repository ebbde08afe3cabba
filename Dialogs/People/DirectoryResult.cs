namespace OutcomesBot.Dialogs.People;

/// <summary>The outcome of a directory call: a value when <see cref="Status"/> is Ok, and for a refusal the permission it needs.</summary>
public sealed record DirectoryResult<T>(DirectoryStatus Status, T? Value, string? Permission = null)
{
    public bool IsOk => Status is DirectoryStatus.Ok or DirectoryStatus.AlreadyDone;
}
