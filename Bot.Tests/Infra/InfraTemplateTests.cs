using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutcomesBot.Bot.Tests.Infra;

/// <summary>Reads infra/ compiled by the Bicep CLI and checks the security settings the deployment promises.</summary>
[Slow]
public sealed partial class InfraTemplateTests(CompiledInfra infra) : IClassFixture<CompiledInfra>
{
    private static readonly string[] ModernTls = ["1.2", "1.3"];
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] AppPackageOutputs = ["BOT_ID", "BOT_TENANT_ID", "BOT_ENDPOINT", "BOT_DOMAIN", "BOT_AZURE_APP_SERVICE_RESOURCE_ID"];

    [Fact]
    public void Bicep_lint_reports_nothing_for_any_file_in_infra()
    {
        Assert.True(infra.Lint.ExitCode == 0, infra.Lint.ToString());
        Assert.Equal("", infra.Lint.StandardOutput.Trim() + infra.Lint.StandardError.Trim());
    }

    [Fact]
    public void Web_app_is_https_only_with_tls_12_ftps_off_always_on_and_a_health_check()
    {
        var site = infra.OnlyResource("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Contains((string)config["minTlsVersion"]!, ModernTls);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.StartsWith("DOTNETCORE|10.", (string)config["linuxFxVersion"]!, StringComparison.Ordinal);
        var publishing = infra.Resources().Select(entry => entry.Resource)
            .Where(resource => (string?)resource["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(["'ftp')]", "'scm')]"], publishing.Select(policy => ((string)policy["name"]!)[^7..]).Order());
        Assert.All(publishing, policy => Assert.False((bool)policy["properties"]!["allow"]!));
    }

    [Fact]
    public void Web_app_and_bot_run_as_the_user_assigned_identity()
    {
        infra.OnlyResource("Microsoft.ManagedIdentity/userAssignedIdentities");
        var site = infra.OnlyResource("Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Single(site["identity"]!["userAssignedIdentities"]!.AsObject());

        var bot = infra.OnlyResource("Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("UserAssignedMSI", (string?)bot["msaAppType"]);
        Assert.Equal("[parameters('identityId')]", (string?)bot["msaAppMSIResourceId"]);
        var teams = infra.OnlyResource("Microsoft.BotService/botServices/channels")["properties"]!;
        Assert.Equal("MsTeamsChannel", (string?)teams["channelName"]);
    }

    [Fact]
    public void Storage_refuses_shared_keys_and_plain_http_and_the_identity_may_write_tables()
    {
        var storage = infra.OnlyResource("Microsoft.Storage/storageAccounts")["properties"]!;
        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);

        const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
        var storageTemplate = infra.ModuleTemplate("storage");
        var role = Assert.Single(storageTemplate["resources"]!.AsArray(), resource => (string?)resource!["type"] == "Microsoft.Authorization/roleAssignments")!;
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('tableDataContributorRole'))]",
            (string?)role["properties"]!["roleDefinitionId"]);
        Assert.Equal(TableDataContributor, (string?)storageTemplate["variables"]!["tableDataContributorRole"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageName'))]", (string?)role["scope"]);
    }

    [Fact]
    public void No_app_setting_holds_a_secret()
    {
        var web = infra.ModuleTemplate("web");
        var settings = web["variables"]!.AsObject().Where(variable => variable.Key.EndsWith("Settings", StringComparison.Ordinal))
            .Select(variable => variable.Value is JsonValue text ? text.GetValue<string>() : variable.Value!.ToJsonString(Relaxed)).ToList();
        Assert.Equal(
            "[concat(variables('baseSettings'), variables('quartzSettings'))]",
            (string?)infra.OnlyResource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]);

        var names = settings.SelectMany(text => SettingName().Matches(text).Select(match => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)).ToList();
        Assert.Contains("Storage__AzureTables__Endpoint", names);
        Assert.Contains("Storage__AzureTables__ManagedIdentityClientId", names);
        Assert.Contains("Hosting__ForwardedHeaders", names);
        Assert.All(names, name => Assert.DoesNotMatch(SecretName(), name));
        foreach (var parameter in settings.SelectMany(text => ParameterUse().Matches(text).Select(match => match.Groups[1].Value)).Distinct())
        {
            Assert.DoesNotContain("secure", (string)web["parameters"]![parameter]!["type"]!, StringComparison.OrdinalIgnoreCase);
        }

        // The one value built from a password (Quartz's connection string) reaches the app as a Key Vault reference.
        Assert.Contains("'@Microsoft.KeyVault(SecretUri={0})'", string.Concat(settings), StringComparison.Ordinal);
        Assert.DoesNotMatch(KeyListing(), infra.Template.ToJsonString());

        // Application Insights' connection string is an app setting, so it must grant nothing: ingestion needs Entra tokens.
        Assert.True((bool)infra.OnlyResource("Microsoft.Insights/components")["properties"]!["DisableLocalAuth"]!);
    }

    [Fact]
    public void Outputs_give_the_bot_endpoint_and_the_ids_the_app_package_needs()
    {
        var outputs = infra.Template["outputs"]!.AsObject();
        foreach (var name in AppPackageOutputs)
        {
            Assert.True(outputs.ContainsKey(name), $"no output {name}");
        }

        Assert.StartsWith("[format('https://{0}/api/messages', ", (string)outputs["BOT_ENDPOINT"]!["value"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(outputs, output => ((string?)output.Value!["type"])!.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("\"name\":\"([^\"]+)\"|'name', '([^']+)'")]
    private static partial Regex SettingName();

    [GeneratedRegex("password|secret|accountkey|sas|token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"parameters\('([^']+)'\)")]
    private static partial Regex ParameterUse();

    // listKeys, listSecrets, listConnectionStrings, listAccountSas...: any of them puts a key into the deployment.
    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex KeyListing();
}
