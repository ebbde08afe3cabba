namespace OutcomesBot.Bot.Protocol;

public static class BotCredentialsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotCredentialsOptions"/> from the top-level Microsoft* keys and validates them at start-up.
    /// Both token validation and the connector need them; calling this twice registers them once.
    /// </summary>
    public static IServiceCollection AddBotCredentials(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<BotCredentialsOptions>)))
        {
            services.AddValidatedOptions<BotCredentialsOptions>(BotCredentialsOptions.Section);
        }

        return services;
    }
}
