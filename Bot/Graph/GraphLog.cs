using System.Net;

namespace OutcomesBot.Bot.Graph;

// Graph logging: operation names, status codes and counts; never tokens, names or ids of people.
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Graph {Operation} was refused ({Status}); it needs {Permission}.")]
    public static partial void Refused(ILogger logger, string operation, HttpStatusCode status, string permission);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Graph {Operation} failed with {Status} after retries.")]
    public static partial void Failed(ILogger logger, string operation, int status);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Graph {Operation} could not get a token ({Error}).")]
    public static partial void NoToken(ILogger logger, string operation, string error);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "Graph {Operation} could not reach Graph ({Error}).")]
    public static partial void Unreachable(ILogger logger, string operation, string error);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Information, Message = "Graph {Operation}: {Count} item(s) in {Pages} page(s).")]
    public static partial void Listed(ILogger logger, string operation, int count, int pages);
}
