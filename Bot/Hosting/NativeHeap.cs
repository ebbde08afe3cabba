using System.Runtime.InteropServices;

namespace OutcomesBot.Bot.Hosting;

/// <summary>
/// glibc's malloc, which SQLite and the runtime allocate from, gives every thread that allocates its own arena, up to
/// eight per core, and each arena keeps the free space its thread leaves behind. The bot's turns run on whichever
/// thread-pool thread is free, so the same kind of memory ended up held in fifteen arenas. One arena per core, as many
/// as can allocate at once, holds it once (decision 046).
/// </summary>
internal static class NativeHeap
{
    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxParameter = -8;

    /// <summary>
    /// Caps glibc's malloc arenas at one per core (at least two) unless the operator set <c>MALLOC_ARENA_MAX</c>, which
    /// glibc read as the process started and which then stands. False where the cap was not set: not Linux, a C library
    /// without <c>mallopt</c> (musl), or the operator's own setting.
    /// </summary>
    public static bool LimitArenas(string? operatorSetting) =>
        string.IsNullOrEmpty(operatorSetting) && CallGlibc(() => MallOpt(ArenaMaxParameter, Math.Max(2, Environment.ProcessorCount)));

    /// <summary>
    /// Hands glibc's free native memory back to the system (<c>malloc_trim</c>): the whole free pages inside every arena,
    /// not only the top of each. False where there was nothing to give back, or not Linux with glibc.
    /// </summary>
    public static bool Trim() => CallGlibc(() => MallocTrim(0));

    // Both calls answer 1 for done. Off Linux nothing is called; a C library without them (musl) answers false too.
    private static bool CallGlibc(Func<int> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return call() == 1;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the whole project for one call of two ints.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
