namespace OutcomesBot.Bot.Hosting;

public static class WelcomeRegistration
{
    /// <summary>Registers the welcome card (who gets it, and when) and <c>help</c>, with their buttons.</summary>
    public static IHostApplicationBuilder AddWelcomeAndHelp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<WelcomeAudience>();
        services.AddSingleton<ITextCommandHandler, WelcomeCommands>();
        services.AddSingleton<ICardActionHandler, WelcomeActions>();
        return builder;
    }
}
