namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// Returns a current access token for https://api.botframework.com, from cache when it is still fresh,
    /// or null when no MicrosoftAppId is configured (local development: send no Authorization header).
    /// </summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
