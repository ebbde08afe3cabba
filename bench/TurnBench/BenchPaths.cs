namespace OutcomesBot.TurnBench;

/// <summary>Where the repository, the bot's build and the benchmark's own build are, found from the running binaries.</summary>
internal static class BenchPaths
{
    /// <summary>Debug or Release: the folder above the running binaries' framework folder.</summary>
    public static string CurrentConfiguration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "OutcomesBot.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("OutcomesBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The bot's build, or <c>TURNBENCH_BOT_DLL</c> when set (an A/B run against a copy of an earlier build).</summary>
    public static string BotDll(string configuration) =>
        Environment.GetEnvironmentVariable("TURNBENCH_BOT_DLL") is { Length: > 0 } other
            ? other
            : Built(Path.Combine("Bot", "bin", configuration, "net10.0", "OutcomesBot.Bot.dll"));

    public static string BenchDll(string configuration) =>
        Built(Path.Combine("bench", "TurnBench", "bin", configuration, "net10.0", "OutcomesBot.TurnBench.dll"));

    public static string NodeTools => Path.Combine(RepositoryRoot, "tools", "node");

    private static string Built(string relative)
    {
        var path = Path.Combine(RepositoryRoot, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"build it first (dotnet build -c <configuration>): {path}");
    }
}
