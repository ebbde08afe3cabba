using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.LeaderTab;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// The tab takes sign-ins from the bot's own tenant, as /api/messages does, for every kind of bot but a multi-tenant
/// one: a bot on a managed identity (the infra/ default) is not open to every tenant's tokens.
/// </summary>
public sealed class TabTenantTests
{
    [Theory]
    [InlineData("SingleTenant", true)]
    [InlineData("UserAssignedMSI", true)]
    [InlineData("MultiTenant", false)]
    public void The_tabs_signing_keys_come_from_the_bots_tenant_unless_the_bot_is_multi_tenant(string appType, bool ownTenant)
    {
        var settings = AuthTestBot.Settings();
        settings["MicrosoftAppType"] = appType;
        settings["Bot:PublicBaseUrl"] = "https://tab.example";
        if (appType == "UserAssignedMSI")
        {
            settings.Remove("MicrosoftAppPassword");
        }

        using var app = new BotAppFactory(settings);
        var metadata = app.Get<IOptionsMonitor<JwtBearerOptions>>().Get(TabAuthentication.Scheme).MetadataAddress;

        Assert.Equal(ownTenant, metadata?.Contains("/" + AuthTestBot.TenantId + "/", StringComparison.Ordinal));
        Assert.Equal(!ownTenant, metadata?.Contains("/common/", StringComparison.Ordinal));
    }
}
