using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>Finds an Action.Execute button by its title in a card's JSON, with its Action.Submit fallback data.</summary>
public static class CardJsonButtons
{
    public static JsonObject Find(JsonElement card, string title)
    {
        var found = All(card).FirstOrDefault(button => button.TryGetProperty("title", out var t) && t.GetString() == title);
        Assert.True(found.ValueKind == JsonValueKind.Object, $"No button \"{title}\" on the card:\n{string.Join('\n', CardTexts.Of(card))}");
        return JsonNode.Parse(found.GetRawText())!.AsObject();
    }

    /// <summary>The button's Action.Submit fallback data (data plus verb) with <paramref name="inputs"/> added, as Teams sends it.</summary>
    public static JsonObject SubmitValue(JsonObject button, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var value = button["fallback"]!["data"]!.DeepClone().AsObject();
        foreach (var (key, text) in inputs ?? new Dictionary<string, string>())
        {
            value[key] = text;
        }

        return value;
    }

    /// <summary>Every Action.Execute on the card, in the body or its actions, in order.</summary>
    public static IEnumerable<JsonElement> All(JsonElement element) => OfType(element, "Action.Execute");

    /// <summary>Every action of that type on the card (e.g. "Action.OpenUrl"), in the body or its actions, in order.</summary>
    public static IEnumerable<JsonElement> OfType(JsonElement element, string actionType)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == actionType)
            {
                yield return element;
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => OfType(p.Value, actionType)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(e => OfType(e, actionType)))
            {
                yield return child;
            }
        }
    }
}
