using System.Globalization;

namespace OutcomesBot.TurnBench;

/// <summary>
/// The bot as it is deployed: <c>dotnet publish</c> for linux-x64, framework-dependent, which compiles every assembly ahead of
/// time (ReadyToRun, Bot.csproj) as <c>scripts/deploy-azure.sh</c> and <c>m365agents.yml</c> publish it. Start-up then runs
/// precompiled code instead of compiling each method on first use. It takes about two minutes on 2 cores, before any
/// timing starts.
/// </summary>
internal static class BotPublish
{
    public const string RuntimeIdentifier = "linux-x64";

    public static async Task<string> RunAsync(string configuration, TextWriter progress, CancellationToken cancellationToken)
    {
        var output = Path.Combine(BenchPaths.RepositoryRoot, "bench", "TurnBench", "bin", "published-bot");
        await progress.WriteLineAsync($"publishing the bot ({configuration}, {RuntimeIdentifier}, ReadyToRun) to {output}");
        using var publish = ChildProcess.Start("dotnet",
        [
            "publish", Path.Combine(BenchPaths.RepositoryRoot, "Bot", "Bot.csproj"), "--configuration", configuration,
            "--runtime", RuntimeIdentifier, "--self-contained", "false", "--output", output, "-nologo",
        ]);
        var lines = await publish.WaitForExitAsync(cancellationToken);
        var dll = Path.Combine(output, "OutcomesBot.Bot.dll");
        return publish.ExitCode == 0 && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode.ToString(CultureInfo.InvariantCulture)}):{Environment.NewLine}{string.Join(Environment.NewLine, lines.TakeLast(30))}");
    }
}
