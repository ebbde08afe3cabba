namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Where tests put their files (the bot's SQLite files, Azurite's and child processes' folders): <c>/dev/shm</c>, a
/// memory file system, when the machine has one with room to spare, else the system temp folder. The files are the same
/// SQLite files either way; only the flushes to disk go. They were most of an in-process host's start on the 2-core
/// machine: the scheduler's <c>quartz.db</c> keeps SQLite's default rollback journal, so each of the tens of commits a
/// start makes (Quartz's tables, one per job) waits for the disk (decision 037, fast set).
/// </summary>
public static class TestFolders
{
    private const string SharedMemory = "/dev/shm";
    private const long SpareBytes = 1L << 30;

    /// <summary>The folder every test folder goes under; created on first use.</summary>
    public static string Root { get; } = Directory.CreateDirectory(Path.Combine(Base(), "outcomesbot-tests")).FullName;

    /// <summary>A path for a new folder under <see cref="Root"/>; not created.</summary>
    public static string NewPath(string prefix = "") => Path.Combine(Root, prefix + Guid.NewGuid().ToString("N"));

    private static string Base()
    {
        try
        {
            if (OperatingSystem.IsLinux() && Directory.Exists(SharedMemory) && new DriveInfo(SharedMemory).AvailableFreeSpace > SpareBytes)
            {
                return SharedMemory;
            }
        }
        catch (IOException)
        {
            // No usable memory file system; the temp folder will do.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }

        return Path.GetTempPath();
    }
}
