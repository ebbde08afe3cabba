namespace OutcomesBot.Bot.Turns;

public static class DispatchTablesServiceCollectionExtensions
{
    /// <summary>
    /// The command and card-verb tables, built from the handlers' declarations when the host starts (so a word or verb
    /// prefix claimed twice stops start-up, naming both handlers), and the lazy command table the help command reads
    /// (the help handler is itself one of the table's handlers).
    /// </summary>
    public static IServiceCollection AddDispatchTables(this IServiceCollection services)
    {
        services.AddSingleton<CommandTable>();
        services.AddSingleton<VerbTable>();
        services.AddSingleton(provider => new Lazy<CommandTable>(provider.GetRequiredService<CommandTable>));
        services.AddHostedService<DispatchTablesCheck>();
        return services;
    }
}
