namespace OutcomesBot.Bot.Tests.Support;

/// <summary>The bot project's own build output, built with the tests in the same configuration.</summary>
public static class BuiltBot
{
    /// <summary>
    /// <c>OutcomesBot.Bot.dll</c> beside its own deps and runtimeconfig files, so that a child started from it runs as
    /// <c>dotnet OutcomesBot.Bot.dll</c> does, with its appsettings.json as content root.
    /// </summary>
    public static string Dll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var repository = output.Parent.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repository, "Bot", "bin", configuration, framework, "OutcomesBot.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the Bot project first.", dll);
    }
}
