using System.Text.Json;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>A button press on a card: its verb and data, from an Action.Execute invoke or an Action.Submit message.</summary>
public sealed record CardActionRequest(string Verb, IReadOnlyDictionary<string, JsonElement> Data, bool IsInvoke, string? CardActivityId);
