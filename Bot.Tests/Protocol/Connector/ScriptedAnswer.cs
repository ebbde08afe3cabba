namespace OutcomesBot.Bot.Tests.Protocol.Connector;

/// <summary>What the fake connector answers to one request; <see cref="Stall"/> holds the answer back in real time.</summary>
public sealed record ScriptedAnswer(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public TimeSpan Stall { get; init; }
}
