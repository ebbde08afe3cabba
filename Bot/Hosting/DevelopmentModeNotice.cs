using OutcomesBot.Bot.Protocol;

namespace OutcomesBot.Bot.Hosting;

/// <summary>Says loudly at start-up when the bot runs without credentials, and so without token validation.</summary>
public sealed partial class DevelopmentModeNotice(IOptions<BotCredentialsOptions> credentials, ILogger<DevelopmentModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (credentials.Value.HasAppId)
        {
            LogCredentialed(credentials.Value.MicrosoftAppType);
        }
        else
        {
            LogDevelopmentMode();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message =
        "*** LOCAL DEVELOPMENT MODE: MicrosoftAppId is not set, so requests to /api/messages are NOT authenticated "
        + "and replies carry no token. Use this only with the Agents Playground on this machine; set MicrosoftAppId, "
        + "MicrosoftAppPassword and MicrosoftAppTenantId before exposing the bot. ***")]
    private partial void LogDevelopmentMode();

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Bot credentials configured ({AppType}); every request to /api/messages must carry a valid token")]
    private partial void LogCredentialed(BotAppType appType);
}
