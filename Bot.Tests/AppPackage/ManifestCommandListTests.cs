using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.AppPackage;

/// <summary>
/// The manifest's command lists are held to the handlers' declarations: every manifest command is declared, every
/// declared command meant for the manifest is in it (same words, same order), and no scope lists more than Teams takes.
/// The tests only read the composed host's command table, so they share one (<see cref="SharedBotApp"/>).
/// </summary>
public sealed class ManifestCommandListTests(SharedBotApp host) : IClassFixture<SharedBotApp>
{
    /// <summary>The most command suggestions Teams takes for one scope in the manifest.</summary>
    private const int ManifestLimitPerScope = 12;

    private readonly BotAppFactory _app = host.App;

    private static string CommittedManifest => Path.Combine(NodeTools.RepositoryRoot, "appPackage", "manifest.json");

    [Theory]
    [InlineData("personal", CommandScopes.Personal)]
    [InlineData("team", CommandScopes.Channel)]
    [InlineData("groupChat", CommandScopes.GroupChat)]
    public async Task Each_scope_s_command_list_is_the_declared_commands_for_it_with_the_same_words(string scope, CommandScopes declaredScope)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(CommittedManifest, TestContext.Current.CancellationToken))!;
        var list = manifest["bots"]![0]!["commandLists"]!.AsArray().Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == scope))!;

        var listed = list["commands"]!.AsArray().Select(command => ((string)command!["title"]!, (string)command["description"]!)).ToList();

        var declared = _app.Get<CommandTable>().Listed.Where(command => command.InManifest && command.IsOfferedIn(declaredScope)).Select(command => (command.Name, command.Description)).ToList();
        Assert.True(
            declared.Count <= ManifestLimitPerScope,
            $"{declared.Count} commands are declared InManifest for the {scope} scope; Teams takes at most {ManifestLimitPerScope}. Set InManifest = false on one (it still answers when typed, and the help card lists it).");
        Assert.Equal(declared, listed);
        Assert.NotEmpty(listed);
    }

    // Channel replies tell people to "@mention me (@OutcomesBot)" (decision 062): the name they pick in Teams is the
    // manifest's short name, so a renamed app must rename the hint too.
    [Fact]
    public async Task The_mention_that_channel_hints_name_is_the_manifest_s_short_name()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(CommittedManifest, TestContext.Current.CancellationToken))!;

        Assert.Equal(CommandHint.Mention, "@" + (string)manifest["name"]!["short"]!);
    }
}
