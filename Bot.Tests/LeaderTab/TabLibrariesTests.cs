using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>The browser libraries the bot serves for the tab are the npm packages locked in tools/node, byte for byte.</summary>
public sealed class TabLibrariesTests
{
    [Theory]
    [InlineData("chart.js/dist/chart.umd.min.js", "chart.umd.min.js")]
    [InlineData("@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js", "MicrosoftTeams.min.js")]
    public async Task The_served_copy_equals_the_locked_npm_package(string package, string served)
    {
        var token = TestContext.Current.CancellationToken;
        var locked = await File.ReadAllBytesAsync(Path.Combine(NodeTools.RepositoryRoot, "tools", "node", "node_modules", package), token);
        var copy = await File.ReadAllBytesAsync(Path.Combine(NodeTools.RepositoryRoot, "Bot", "wwwroot", "tab", "lib", served), token);

        Assert.True(locked.AsSpan().SequenceEqual(copy), $"Bot/wwwroot/tab/lib/{served} differs from {package}: run `node tools/node/copy-tab-libs.mjs`.");
    }
}
