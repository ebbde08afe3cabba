namespace OutcomesBot.Bot;

/// <summary>Options as every part of the bot takes them: bound from their section, their data annotations checked as the host starts.</summary>
public static class ValidatedOptions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to the configuration section <paramref name="section"/> and validates it on start.</summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>Registers the bound <typeparamref name="TOptions"/> value itself, for the dialogs that take it without <see cref="IOptions{TOptions}"/>.</summary>
    public static IServiceCollection AddOptionsValue<TOptions>(this IServiceCollection services)
        where TOptions : class =>
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<TOptions>>().Value);

    /// <summary>
    /// <typeparamref name="TOptions"/> as the section <paramref name="section"/> configures them now, or their defaults when it
    /// is missing: for what the host decides while it is built (a job's interval, an exporter, a check's timeout).
    /// </summary>
    public static TOptions ReadOptions<TOptions>(this IConfiguration configuration, string section)
        where TOptions : class, new() =>
        configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
}
