namespace OutcomesBot.Dialogs.People;

/// <summary>How a directory call ended.</summary>
public enum DirectoryStatus
{
    Ok,

    /// <summary>Nothing to do: the thing asked for was already so (an app already installed).</summary>
    AlreadyDone,

    /// <summary>The directory is not set up here (no app credentials, or no app catalog id for installs).</summary>
    NotConfigured,

    /// <summary>The app lacks an application permission (403); <see cref="DirectoryResult{T}.Permission"/> names it.</summary>
    PermissionMissing,

    /// <summary>The app's own sign-in failed (401, or no token could be had).</summary>
    NotAuthenticated,

    /// <summary>The team or person does not exist (any more).</summary>
    NotFound,

    /// <summary>Throttled or unavailable after the retries; worth trying again later.</summary>
    Unavailable,
}
