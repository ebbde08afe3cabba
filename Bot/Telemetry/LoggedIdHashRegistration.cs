namespace OutcomesBot.Bot.Telemetry;

public static class LoggedIdHashRegistration
{
    /// <summary>
    /// Registers <see cref="LoggedIdHash"/> and the start-up step that sets its key. Called by AddBotStorage right after
    /// the store's own set-up, so the key is read from a store that is ready, before any other part starts.
    /// </summary>
    public static IServiceCollection AddLoggedIdHash(this IServiceCollection services)
    {
        services.AddValidatedOptions<LoggedIdHashOptions>(LoggedIdHashOptions.Section);
        services.AddSingleton<LoggedIdHash>();
        services.AddHostedService<LoggedIdKeyLoader>();
        return services;
    }
}
