using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Infra;

/// <summary>
/// infra/azure.bicep compiled to ARM JSON by the Bicep CLI from NuGet (scripts/bicep.sh), once per test class, with
/// what the linter said about every file in infra/.
/// </summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    public JsonObject Template { get; private set; } = [];

    public ProcessResult Lint { get; private set; } = new(-1, "", "");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var root = NodeTools.RepositoryRoot;
        var script = Path.Combine(root, "scripts", "bicep.sh");
        var build = await NodeTools.RunAsync("bash", [script, "build", "infra/azure.bicep", "--stdout"], root, cancellationToken);
        Assert.True(build.ExitCode == 0, build.ToString());
        Template = JsonNode.Parse(build.StandardOutput)!.AsObject();
        Lint = await NodeTools.RunAsync("bash", [script, "lint", "--pattern", "infra/**/*.bicep"], root, cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Every resource of the template and of its modules (nested deployments), with the template that declares it.</summary>
    public IEnumerable<(JsonObject Resource, JsonObject DeclaredIn)> Resources() => ResourcesOf(Template);

    public JsonObject OnlyResource(string type) => Assert.Single(Resources(), entry => Is(entry.Resource, type)).Resource;

    public JsonObject ModuleTemplate(string moduleName) =>
        Resources().Single(entry => Is(entry.Resource, "Microsoft.Resources/deployments")
            && (string?)entry.Resource["name"] == moduleName).Resource["properties"]!["template"]!.AsObject();

    private static bool Is(JsonObject resource, string type) => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(JsonObject, JsonObject)> ResourcesOf(JsonObject template)
    {
        foreach (var resource in template["resources"]!.AsArray().Select(node => node!.AsObject()))
        {
            yield return (resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
