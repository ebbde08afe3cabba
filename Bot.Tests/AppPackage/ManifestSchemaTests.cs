using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.AppPackage;

[Slow]
public sealed class ManifestSchemaTests
{
    private static string CommittedManifest => Path.Combine(NodeTools.RepositoryRoot, "appPackage", "manifest.json");

    [Fact]
    public async Task Committed_manifest_is_valid_against_the_official_Teams_schema()
    {
        var result = await NodeTools.RunScriptAsync(
            "validate-manifest.mjs", [CommittedManifest], TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid against Teams manifest schema v1.", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_without_a_required_field_is_rejected()
    {
        using var folder = new TemporaryDirectory();
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(CommittedManifest, TestContext.Current.CancellationToken))!.AsObject();
        manifest.Remove("developer");
        var broken = folder.Combine("manifest.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString(), TestContext.Current.CancellationToken);

        var result = await NodeTools.RunScriptAsync("validate-manifest.mjs", [broken], TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must have required property 'developer'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committed_manifest_declares_the_bot_in_every_scope_with_the_command_list()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(CommittedManifest, TestContext.Current.CancellationToken))!;
        var bot = manifest["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string)scope!));
        Assert.False((bool)bot["supportsFiles"]!);
        var commandLists = bot["commandLists"]!.AsArray();
        Assert.Equal(
            ["groupChat", "personal", "team"],
            commandLists.SelectMany(list => list!["scopes"]!.AsArray().Select(scope => (string)scope!)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("personal", CommandScopes.Personal)]
    [InlineData("team", CommandScopes.Channel)]
    [InlineData("groupChat", CommandScopes.GroupChat)]
    public async Task Each_scope_s_command_list_is_the_catalog_s_commands_for_it_with_the_same_words(string scope, CommandScopes catalogScope)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(CommittedManifest, TestContext.Current.CancellationToken))!;
        var list = manifest["bots"]![0]!["commandLists"]!.AsArray().Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == scope))!;

        var listed = list["commands"]!.AsArray().Select(command => ((string)command!["title"]!, (string)command["description"]!));

        Assert.Equal(
            CommandCatalog.All.Where(command => command.InManifest && command.IsOfferedIn(catalogScope)).Select(command => (command.Name, command.Description)),
            listed);
        Assert.InRange(listed.Count(), 1, CommandCatalog.ManifestLimitPerScope);
    }
}
