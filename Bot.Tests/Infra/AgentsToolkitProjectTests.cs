using System.Text.RegularExpressions;
using OutcomesBot.Bot.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OutcomesBot.Bot.Tests.Infra;

/// <summary>
/// The Agents Toolkit project (m365agents.yml, m365agents.local.yml, env/): each file parses, every file a step reads
/// exists, every variable it uses is declared, and what one step builds is what the next one reads.
/// </summary>
[Slow]
public sealed partial class AgentsToolkitProjectTests
{
    private static string Root => NodeTools.RepositoryRoot;

    [Theory]
    [InlineData("m365agents.yml", "dev")]
    [InlineData("m365agents.local.yml", "local")]
    public void Project_file_parses_with_the_current_schema_version_and_its_environment(string file, string environment)
    {
        var project = Load(file);

        Assert.Equal("v1.13", Scalar(project, "version"));
        Assert.Equal("./env", Scalar(project, "environmentFolderPath"));
        Assert.Contains("$schema=https://aka.ms/m365-agents-toolkits/v1.13/yaml.schema.json", File.ReadLines(Path.Combine(Root, file)).First(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Root, "env", $".env.{environment}")));
        Assert.NotEmpty(Steps(project, "provision"));
    }

    [Theory]
    [InlineData("m365agents.yml")]
    [InlineData("m365agents.local.yml")]
    public void Every_file_a_step_reads_exists(string file)
    {
        var named = Steps(Load(file), "provision").Concat(Steps(Load(file), "deploy"))
            .SelectMany(step => InputPaths(step)).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, path => Assert.True(File.Exists(Path.Combine(Root, path)), $"{file} names {path}, which does not exist"));
    }

    [Fact]
    public void Dev_project_deploys_the_bicep_template_and_zip_deploys_what_it_published()
    {
        var project = Load("m365agents.yml");
        var provision = Steps(project, "provision").ToList();
        var template = (YamlMappingNode)((YamlSequenceNode)With(provision.Single(step => Uses(step) == "arm/deploy"))["templates"])[0];
        Assert.Equal("./infra/azure.bicep", template["path"].ToString());

        var packaged = PackageOutput(provision);
        Assert.All(provision.Where(step => Uses(step) is "teamsApp/validateAppPackage" or "teamsApp/update"),
            step => Assert.Equal(packaged, With(step)["appPackagePath"].ToString()));

        var deploy = Steps(project, "deploy").ToList();
        var publish = With(deploy.Single(step => Uses(step) == "cli/runDotnetCommand"))["args"].ToString();
        var zipDeploy = With(deploy.Single(step => Uses(step) == "azureAppService/zipDeploy"));
        Assert.EndsWith($"--output {zipDeploy["artifactFolder"]}", publish, StringComparison.Ordinal);
        Assert.Equal("${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}", zipDeploy["resourceId"].ToString());
    }

    [Theory]
    [InlineData("m365agents.yml", "dev")]
    [InlineData("m365agents.local.yml", "local")]
    public void Every_variable_a_project_uses_is_declared_in_its_env_file_or_written_by_a_step(string file, string environment)
    {
        var declared = File.ReadLines(Path.Combine(Root, "env", $".env.{environment}"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)]).ToHashSet();
        var written = WrittenVariables().Matches(File.ReadAllText(Path.Combine(Root, file))).Select(match => match.Groups[1].Value);
        declared.UnionWith(written);

        var used = Variables(File.ReadAllText(Path.Combine(Root, file)));
        if (environment == "dev")
        {
            used.AddRange(Variables(File.ReadAllText(Path.Combine(Root, "infra", "azure.parameters.json"))));
        }

        // SECRET_* live in the git-ignored .user file; the toolkit creates them or the developer does.
        Assert.All(used.Where(name => !name.StartsWith("SECRET_", StringComparison.Ordinal)),
            name => Assert.True(declared.Contains(name), $"{file} uses ${{{{{name}}}}}, which env/.env.{environment} does not declare"));
    }

    [Fact]
    public void Parameters_file_names_only_parameters_the_template_declares()
    {
        var declared = TemplateParameter().Matches(File.ReadAllText(Path.Combine(Root, "infra", "azure.bicep"))).Select(match => match.Groups[1].Value).ToHashSet();
        using var parameters = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "infra", "azure.parameters.json")));

        var named = parameters.RootElement.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name).ToList();

        Assert.Contains("resourceBaseName", named);
        Assert.All(named, name => Assert.Contains(name, declared));
    }

    [Theory]
    [InlineData("env/.env.dev.user")]
    [InlineData("env/.env.local.user")]
    [InlineData("Bot/appsettings.Development.json")]
    [InlineData("appPackage/build/appPackage.dev.zip")]
    public async Task Files_that_hold_secrets_or_builds_are_ignored_by_git(string path)
    {
        var result = await NodeTools.RunAsync("git", ["check-ignore", "--no-index", "--quiet", path], Root, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, $"{path} is not ignored: {result}");
    }

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, file));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode project, string stage) =>
        project.Children.TryGetValue(stage, out var steps) ? ((YamlSequenceNode)steps).Cast<YamlMappingNode>() : [];

    private static string Uses(YamlMappingNode step) => Scalar(step, "uses");

    private static YamlMappingNode With(YamlMappingNode step) => (YamlMappingNode)step["with"];

    private static string PackageOutput(IEnumerable<YamlMappingNode> provision)
    {
        var run = With(provision.Single(step => Uses(step) == "script"))["run"].ToString();
        Assert.StartsWith("bash ./scripts/package-app.sh ${{BOT_ID}} ", run, StringComparison.Ordinal);
        return run.Split(' ')[^1];
    }

    // The files a step reads (not those it writes): templates and their parameters, manifests, scripts, projects.
    private static IEnumerable<string> InputPaths(YamlMappingNode step)
    {
        var with = With(step);
        switch (Uses(step))
        {
            case "arm/deploy":
                foreach (var template in ((YamlSequenceNode)with["templates"]).Cast<YamlMappingNode>())
                {
                    yield return template["path"].ToString();
                    yield return template["parameters"].ToString();
                }

                break;
            case "teamsApp/validateManifest":
                yield return with["manifestPath"].ToString();
                break;
            case "script":
                yield return with["run"].ToString().Split(' ')[1];
                break;
            case "cli/runDotnetCommand":
                yield return with["args"].ToString().Split(' ')[1];
                break;
        }
    }

    private static List<string> Variables(string text) => UsedVariable().Matches(text).Select(match => match.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex(@"\$\{\{([A-Z0-9_]+)\}\}")]
    private static partial Regex UsedVariable();

    [GeneratedRegex(@"^\s+\w+: ([A-Z][A-Z0-9_]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex WrittenVariables();

    [GeneratedRegex(@"^param (\w+) ", RegexOptions.Multiline)]
    private static partial Regex TemplateParameter();
}
