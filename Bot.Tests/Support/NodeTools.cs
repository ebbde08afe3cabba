using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Finds the repository's <c>tools/node</c> folder and runs its Node scripts, so tests can use the
/// Microsoft packages that exist only on npm (manifest schemas, Adaptive Cards parser, Playground).
/// </summary>
public static class NodeTools
{
    public const string InstallHint = "run `npm ci` in tools/node (cd tools/node && npm ci), then run the tests again";

    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    /// <summary>The folder that holds OutcomesBot.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => RepositoryRootPath.Value;

    public static string ToolsDirectory => Path.Combine(RepositoryRoot, "tools", "node");

    public static string NodeModulesDirectory => Path.Combine(ToolsDirectory, "node_modules");

    /// <summary>Fails the current test with an actionable message when node_modules is missing or stale.</summary>
    public static void EnsureInstalled()
    {
        if (!Directory.Exists(NodeModulesDirectory))
        {
            Assert.Fail($"{NodeModulesDirectory} does not exist: {InstallHint}.");
        }

        using var packageJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(ToolsDirectory, "package.json")));
        var missing = packageJson.RootElement.GetProperty("dependencies").EnumerateObject()
            .Select(dependency => dependency.Name)
            .Where(name => !File.Exists(Path.Combine(NodeModulesDirectory, name, "package.json")))
            .ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"tools/node/node_modules lacks {string.Join(", ", missing)}: {InstallHint}.");
        }
    }

    /// <summary>Runs <c>node tools/node/{script} args...</c> from the tools folder and waits for it.</summary>
    public static Task<ProcessResult> RunScriptAsync(string script, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        EnsureInstalled();
        return RunAsync("node", [Path.Combine(ToolsDirectory, script), .. arguments], ToolsDirectory, cancellationToken);
    }

    /// <summary>Runs a program to completion, capturing what it prints; kills it if the test is cancelled.</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = StartOrFail(startInfo);
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(process.ExitCode, await standardOutput, await standardError);
    }

    /// <summary>Starts a process, failing the test with a clear message when the program is not installed.</summary>
    public static Process StartOrFail(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new InvalidOperationException($"{startInfo.FileName} did not start");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"cannot start `{startInfo.FileName}` ({exception.Message}); install it and put it on PATH.");
            throw;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OutcomesBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above {AppContext.BaseDirectory} holds OutcomesBot.sln; run the tests from the repository's build output.");
    }
}
