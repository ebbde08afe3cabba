using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// <c>Storage:AzureTables:Endpoint</c> with a token credential, no key anywhere: the whole bot against Azurite serving
/// https and checking bearer tokens, as a storage account with shared-key access off would.
/// </summary>
[Slow]
public sealed class ManagedIdentityOnAzuriteTests(OAuthAzurite azurite) : IClassFixture<OAuthAzurite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bot_keeps_its_data_through_the_endpoint_with_a_bearer_token_and_no_key()
    {
        var credential = new AzuriteBearerCredential(TimeProvider.System);
        using var app = Bot(credential, out var prefix);

        await Task.WhenAll(
            app.PostActivityAsync(Samples.Fresh("installationUpdate-personal")),
            app.PostActivityAsync(Samples.Fresh("conversationUpdate-personal")));

        Assert.Single(app.Connector.Sent);
        Assert.NotNull(await app.Get<IConversationStore>().FindPersonalAsync("user-id-0", Token));
        var tableName = prefix + AzureConversationStore.TableName;
        Assert.True(await app.Get<TableServiceClient>().QueryAsync(table => table.Name == tableName, cancellationToken: Token).AnyAsync(Token), tableName);
        Assert.Contains("https://storage.azure.com/.default", credential.RequestedScopes);
    }

    // Without this the test above could pass against an Azurite that let anyone in.
    [Fact]
    public void A_token_for_another_audience_is_refused_so_the_bot_does_not_start()
    {
        using var app = Bot(new AzuriteBearerCredential(TimeProvider.System, audience: "https://vault.azure.net"), out _);

        var refused = Assert.ThrowsAny<RequestFailedException>(() => app.Server);

        Assert.Equal(403, refused.Status);
    }

    private BotAppFactory Bot(AzuriteBearerCredential credential, out string prefix)
    {
        prefix = "mi" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:Endpoint"] = azurite.TableEndpoint.ToString(),
            ["Storage:AzureTables:TablePrefix"] = prefix,
        };
        return new BotAppFactory(settings, services =>
        {
            services.RemoveAll<AzureTablesCredential>();
            services.AddSingleton(new AzureTablesCredential(credential));
            services.RemoveAll<TableClientOptions>();
            services.AddSingleton(azurite.ClientOptions());
        });
    }
}
