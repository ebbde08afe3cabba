namespace OutcomesBot.Bot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>Registers the Bot Connector client (placeholder until the client lands).</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services) => services;
}
