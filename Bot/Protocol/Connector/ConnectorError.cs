using System.Globalization;

namespace OutcomesBot.Bot.Protocol.Connector;

// What a failed connector call said about itself. Teams answers in more than one shape: the Bot Framework
// envelope {"error":{"code","message"}} (ConversationBlockedByUser, ConversationNotFound, Throttled...), and
// for a blocked bot {"errorCode":209,"message":"{...}"} whose message is itself JSON carrying subCode:
// MessageWritesBlocked.
internal readonly record struct ConnectorError(string? Code, string? SubCode, string? Message)
{
    private const int MaxMessageLength = 300;

    public static ConnectorError Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return FromRoot(document.RootElement);
        }
        catch (JsonException)
        {
            // A proxy or gateway page rather than the connector's JSON: the status code has to do.
            return default;
        }
    }

    private static ConnectorError FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        var node = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error : root;
        var code = ReadCode(node, "code") ?? ReadCode(root, "errorCode");
        var subCode = ReadCode(node, "subCode");
        var message = ReadCode(node, "message");

        if (message is not null && message.TrimStart().StartsWith('{'))
        {
            (subCode, message) = ReadNestedMessage(message, subCode);
        }

        return new ConnectorError(code, subCode, Shorten(message));
    }

    private static (string? SubCode, string? Message) ReadNestedMessage(string message, string? subCode)
    {
        try
        {
            using var nested = JsonDocument.Parse(message);
            var inner = nested.RootElement;
            if (inner.ValueKind != JsonValueKind.Object)
            {
                return (subCode, message);
            }

            return (subCode ?? ReadCode(inner, "subCode"), ReadCode(inner, "details") ?? ReadCode(inner, "message"));
        }
        catch (JsonException)
        {
            return (subCode, message);
        }
    }

    private static string? ReadCode(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string? Shorten(string? message) =>
        message is { Length: > MaxMessageLength }
            ? string.Create(CultureInfo.InvariantCulture, $"{message.AsSpan(0, MaxMessageLength)}…")
            : message;
}
