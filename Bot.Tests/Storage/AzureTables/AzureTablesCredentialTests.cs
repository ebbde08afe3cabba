using Azure.Identity;
using OutcomesBot.Bot.Protocol;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.AzureTables;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>Which identity the bot reaches a storage endpoint with, and the settings it refuses on start.</summary>
public sealed class AzureTablesCredentialTests
{
    private const string BotIdentity = "11111111-1111-1111-1111-111111111111";
    private const string StorageIdentity = "22222222-2222-2222-2222-222222222222";

    [Fact]
    public void A_bot_signed_in_as_a_user_assigned_identity_reaches_storage_as_the_same_identity()
    {
        var bot = new BotCredentialsOptions { MicrosoftAppId = BotIdentity, MicrosoftAppType = BotAppType.UserAssignedMSI, MicrosoftAppTenantId = "tenant" };

        Assert.Equal(BotIdentity, AzureTablesCredential.ManagedIdentityClientIdFor(new AzureTablesOptions(), bot));
        Assert.IsType<ManagedIdentityCredential>(AzureTablesCredential.For(new AzureTablesOptions(), bot).Credential);
    }

    [Fact]
    public void A_named_storage_identity_wins_over_the_bots_own()
    {
        var bot = new BotCredentialsOptions { MicrosoftAppId = BotIdentity, MicrosoftAppType = BotAppType.UserAssignedMSI };

        Assert.Equal(StorageIdentity, AzureTablesCredential.ManagedIdentityClientIdFor(new AzureTablesOptions { ManagedIdentityClientId = StorageIdentity }, bot));
    }

    [Fact]
    public void A_bot_with_a_client_secret_and_no_named_identity_uses_the_default_credential_chain()
    {
        var bot = new BotCredentialsOptions { MicrosoftAppId = BotIdentity, MicrosoftAppPassword = "secret", MicrosoftAppTenantId = "tenant" };

        Assert.Null(AzureTablesCredential.ManagedIdentityClientIdFor(new AzureTablesOptions(), bot));
        Assert.IsType<DefaultAzureCredential>(AzureTablesCredential.For(new AzureTablesOptions(), bot).Credential);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "https://account.table.core.windows.net", "exactly one")]
    [InlineData(null, "http://account.table.core.windows.net", "https")]
    public void Storage_settings_that_cannot_work_are_refused_with_the_reason(string? connectionString, string endpoint, string reason)
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.AzureTables,
            AzureTables = new AzureTablesOptions { ConnectionString = connectionString, Endpoint = new Uri(endpoint) },
        };

        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(result => result.ErrorMessage).ToList();

        Assert.Contains(problems, problem => problem!.Contains(reason, StringComparison.Ordinal));
    }
}
