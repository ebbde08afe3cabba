using System.Net;

namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>
/// A connector call that failed for good. <see cref="ErrorCode"/> is the connector's error code
/// (for example ConversationNotFound, or MessageWritesBlocked when the user blocked the bot).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
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

    public bool IsUserBlocked => StatusCode == HttpStatusCode.Forbidden
        && string.Equals(ErrorCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase);

    public bool IsConversationNotFound => string.Equals(ErrorCode, "ConversationNotFound", StringComparison.OrdinalIgnoreCase);
}
