using Azure.Core;
using Azure.Identity;
using OutcomesBot.Bot.Protocol;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The token credential the bot reaches <see cref="AzureTablesOptions.Endpoint"/> with. Register one before
/// AddBotStorage to replace it (tests do).
/// </summary>
public sealed record AzureTablesCredential(TokenCredential Credential)
{
    /// <summary>
    /// The user-assigned identity for storage: the one named in Storage:AzureTables:ManagedIdentityClientId, else the
    /// bot's own when it signs in as a user-assigned managed identity (the same identity Graph and the connector use),
    /// else none (DefaultAzureCredential: a system-assigned identity on Azure, or the developer's sign-in).
    /// </summary>
    public static string? ManagedIdentityClientIdFor(AzureTablesOptions storage, BotCredentialsOptions bot)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(bot);
        if (!string.IsNullOrWhiteSpace(storage.ManagedIdentityClientId))
        {
            return storage.ManagedIdentityClientId;
        }

        return bot.MicrosoftAppType == BotAppType.UserAssignedMSI && bot.HasAppId ? bot.MicrosoftAppId : null;
    }

    public static AzureTablesCredential For(AzureTablesOptions storage, BotCredentialsOptions bot) =>
        new(ManagedIdentityClientIdFor(storage, bot) is { } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential());
}
