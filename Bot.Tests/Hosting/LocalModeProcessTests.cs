using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>The real bot, started as a process: without a MicrosoftAppId outside Development it refuses to start.</summary>
[Slow]
public sealed class LocalModeProcessTests
{
    // A refused start is quick, but a cold "dotnet" start on the loaded 2-core machine is not.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task In_Production_without_an_app_id_the_bot_exits_non_zero_naming_the_settings()
    {
        using var folder = new TemporaryDirectory("outcomesbot-door-process");
        using var bot = BotProcess.Start(Environment("Production", folder.Path));

        var exitCode = await bot.ExitCodeAsync(Within, TestContext.Current.CancellationToken);

        Assert.True(exitCode is { } code && code != 0, $"exit code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (still running)"}:{System.Environment.NewLine}{bot.RecentOutput}");
        Assert.Contains("MicrosoftAppId is not set", bot.RecentOutput, StringComparison.Ordinal);
        Assert.Contains("BotAuthentication:AllowUnauthenticatedLocalMode", bot.RecentOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "outcomesbot.db")), "the refused bot must not have opened its store");
    }

    [Fact]
    public async Task Allowed_by_name_but_listening_on_every_interface_the_bot_exits_non_zero()
    {
        using var folder = new TemporaryDirectory("outcomesbot-door-process");
        var environment = Environment("Production", folder.Path);
        environment["BotAuthentication__AllowUnauthenticatedLocalMode"] = "true";
        environment["Urls"] = "http://0.0.0.0:0";
        using var bot = BotProcess.Start(environment);

        var exitCode = await bot.ExitCodeAsync(Within, TestContext.Current.CancellationToken);

        Assert.True(exitCode is { } code && code != 0, $"exit code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (still running)"}:{System.Environment.NewLine}{bot.RecentOutput}");
        Assert.Contains("loopback only", bot.RecentOutput, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(string name, string dataDirectory) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = name,
        ["DOTNET_ENVIRONMENT"] = name,
        ["MicrosoftAppId"] = string.Empty,
        ["Storage__DataDirectory"] = dataDirectory,
    };
}
