namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>Log events of token validation (ids 1100-1199). Reasons are fixed phrases; tokens are never logged.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Request rejected ({Status}): {Reason}")]
    public static partial void RequestRejected(this ILogger logger, AuthenticationStatus status, string reason);

    // A valid token (or local mode) with an activity the bot refuses: a wrong channel, serviceUrl or tenant. Not routine.
    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Request refused (Forbidden): {Reason}")]
    public static partial void RequestForbidden(this ILogger logger, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Could not fetch signing key metadata from {MetadataUrl}; rejecting the request")]
    public static partial void MetadataUnavailable(this ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Token signed with a key not in the metadata from {MetadataUrl}; refreshing the signing keys once")]
    public static partial void RefreshingSigningKeys(this ILogger logger, string metadataUrl);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Signing key refresh from {MetadataUrl} did not complete in time; keeping the cached keys")]
    public static partial void SigningKeyRefreshTimedOut(this ILogger logger, string metadataUrl);
}
