using System.Net;

namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>
/// A connector call that failed for good. <see cref="ErrorCode"/> is the connector's error code
/// (<c>error.code</c>, for example ConversationNotFound or ConversationBlockedByUser);
/// <see cref="SubCode"/> is the finer code Teams nests inside some answers (MessageWritesBlocked).
/// <see cref="StatusCode"/> is 0 when no answer came at all (network failure, timeout, no token).
/// </summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Our own code: the serviceUrl is outside BotAuthentication:AllowedServiceUrls, so nothing was sent.</summary>
    public const string ServiceUrlNotAllowed = "ServiceUrlNotAllowed";

    /// <summary>Our own code: the answer's body was over the size limit and was not read.</summary>
    public const string ResponseTooLarge = "ResponseTooLarge";

    private const string ConversationBlockedByUser = "ConversationBlockedByUser";
    private const string MessageWritesBlocked = "MessageWritesBlocked";
    private const string ConversationNotFound = "ConversationNotFound";

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : this(statusCode, errorCode, subCode: null, message)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string? subCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        SubCode = subCode;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }

    public string? SubCode { get; }

    /// <summary>How long a 429 or 503 asked the caller to wait (Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// The user blocked or uninstalled the bot: Teams answers 403 with code ConversationBlockedByUser,
    /// or with subCode MessageWritesBlocked (error 209). Do not retry; mark the user unreachable.
    /// </summary>
    public bool IsUserBlocked => StatusCode == HttpStatusCode.Forbidden
        && (HasCode(ConversationBlockedByUser) || HasCode(MessageWritesBlocked));

    /// <summary>The conversation id is unknown or deleted; a 1:1 chat can be created again.</summary>
    public bool IsConversationNotFound => HasCode(ConversationNotFound);

    /// <summary>The call was refused before anything was sent: its serviceUrl is not an allowed Teams service URL.</summary>
    public bool IsServiceUrlRefused => string.Equals(ErrorCode, ServiceUrlNotAllowed, StringComparison.Ordinal);

    private bool HasCode(string code) =>
        string.Equals(ErrorCode, code, StringComparison.OrdinalIgnoreCase)
        || string.Equals(SubCode, code, StringComparison.OrdinalIgnoreCase);
}
