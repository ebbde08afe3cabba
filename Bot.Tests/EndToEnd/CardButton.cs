using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>An Action.Execute button found on a card the bot sent.</summary>
public sealed record CardButton(string Title, string Verb, JsonNode? Data);
