namespace OutcomesBot.Bot.Protocol.Connector;

// Connector log events (3000-3099). Operation names, status codes and error codes only: never a token, a
// request or response body, or what a person wrote.
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryingAfterStatus(ILogger logger, string operation, int statusCode, int attempt, long delayMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with {ExceptionType}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryingAfterException(ILogger logger, string operation, string exceptionType, int attempt, long delayMs);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with {StatusCode} (code {ErrorCode}, subCode {SubCode})")]
    public static partial void CallFailed(ILogger logger, string operation, int statusCode, string? errorCode, string? subCode);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error,
        Message = "Connector {Operation} got no answer after its retries ({ExceptionType})")]
    public static partial void Unreachable(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
        Message = "Connector {Operation} not sent: host {Host} is outside BotAuthentication:AllowedServiceUrls (a stored or returned serviceUrl that is not a Teams service URL)")]
    public static partial void ServiceUrlRefused(ILogger logger, string operation, string host);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug,
        Message = "Connector token from {TokenSource}, valid until {ExpiresOn:O}")]
    public static partial void TokenAcquired(ILogger logger, Microsoft.Identity.Client.TokenSource tokenSource, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error,
        Message = "Could not acquire a connector token (MSAL error {MsalErrorCode})")]
    public static partial void TokenFailed(ILogger logger, string msalErrorCode);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning,
        Message = "No MicrosoftAppId configured: connector calls go out without an Authorization header (local development only)")]
    public static partial void NoAppId(ILogger logger);
}
