namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>The connector's answer to create-conversation.</summary>
public sealed record ConversationResourceResponse(string Id, string? ServiceUrl, string? ActivityId);
