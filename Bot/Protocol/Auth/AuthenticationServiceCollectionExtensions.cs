namespace OutcomesBot.Bot.Protocol.Auth;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>Registers token validation for /api/messages (placeholder until the validator lands).</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services) => services;
}
