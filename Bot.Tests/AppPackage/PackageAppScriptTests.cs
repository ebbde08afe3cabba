using System.IO.Compression;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.AppPackage;

[Slow]
public sealed class PackageAppScriptTests
{
    private const string BotAppId = "5f1c2a8e-93b4-4d6f-a0c7-2e8b9d41f3a6";

    private static string Script => Path.Combine(NodeTools.RepositoryRoot, "scripts", "package-app.sh");

    [Fact]
    public async Task Package_holds_exactly_the_manifest_and_both_icons_with_the_bot_id_filled_in()
    {
        using var folder = new TemporaryDirectory();
        var zipPath = folder.Combine("app.zip");

        var result = await NodeTools.RunAsync("bash", [Script, BotAppId, zipPath], NodeTools.RepositoryRoot, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        await using var zip = await ZipFile.OpenReadAsync(zipPath, TestContext.Current.CancellationToken);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));

        await using var manifestStream = await zip.GetEntry("manifest.json")!.OpenAsync(TestContext.Current.CancellationToken);
        var manifest = (await JsonNode.ParseAsync(manifestStream, cancellationToken: TestContext.Current.CancellationToken))!;
        Assert.Equal(BotAppId, (string)manifest["id"]!);
        Assert.Equal(BotAppId, (string)manifest["bots"]![0]!["botId"]!);
    }

    [Fact]
    public async Task Package_takes_the_teams_app_id_and_the_bot_domain_from_the_environment_as_the_toolkit_passes_them()
    {
        using var folder = new TemporaryDirectory();
        var zipPath = folder.Combine("app.zip");
        const string TeamsAppId = "0b7d4f52-1c3e-4a8b-9f60-7e2d5c8a1b94";

        var result = await NodeTools.RunAsync(
            "env", [$"TEAMS_APP_ID={TeamsAppId}", "BOT_DOMAIN=outcomes-web-x1.azurewebsites.net", "bash", Script, BotAppId, zipPath],
            NodeTools.RepositoryRoot, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        await using var zip = await ZipFile.OpenReadAsync(zipPath, TestContext.Current.CancellationToken);
        await using var manifestStream = await zip.GetEntry("manifest.json")!.OpenAsync(TestContext.Current.CancellationToken);
        var manifest = (await JsonNode.ParseAsync(manifestStream, cancellationToken: TestContext.Current.CancellationToken))!;
        Assert.Equal(TeamsAppId, (string)manifest["id"]!);
        Assert.Equal(BotAppId, (string)manifest["bots"]![0]!["botId"]!);
        Assert.Contains("outcomes-web-x1.azurewebsites.net", manifest["validDomains"]!.AsArray().Select(domain => (string)domain!));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("${{BOT_ID}}")]
    [InlineData("5f1c2a8e93b44d6fa0c72e8b9d41f3a6")]
    public async Task Package_script_refuses_an_id_that_is_not_a_guid(string badId)
    {
        using var folder = new TemporaryDirectory();
        var zipPath = folder.Combine("app.zip");

        var result = await NodeTools.RunAsync("bash", [Script, badId, zipPath], NodeTools.RepositoryRoot, TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a GUID", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }
}
