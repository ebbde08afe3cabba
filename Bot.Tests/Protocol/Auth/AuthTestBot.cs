using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>The single-tenant bot the auth tests configure, the clock they run on, and the activity Teams sends it.</summary>
public static class AuthTestBot
{
    public const string AppId = "6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string OtherTenantId = "99999999-8888-7777-6666-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    /// <summary>Far from the real clock: a validator that read the system clock would call every token "not yet valid".</summary>
    public static readonly DateTimeOffset Now = new(2030, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = TenantId,
        ["MicrosoftAppType"] = "SingleTenant",
    };

    /// <summary>The real registration (<c>AddBotAuthentication</c>) over in-memory configuration and a fixed clock.</summary>
    public static ServiceProvider BuildServices(IDictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<TimeProvider>(new FixedTimeProvider(Now))
            .AddLogging()
            .AddBotAuthentication()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    public static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1", TenantId = TenantId },
    };
}
