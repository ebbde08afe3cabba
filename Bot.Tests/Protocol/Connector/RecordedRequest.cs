namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>One request as the fake connector saw it. <see cref="Target"/> is the raw, still-escaped path and query.</summary>
public sealed record RecordedRequest(
    string Method,
    string Target,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
