using System.Text.Json;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>Reads a card's visible text and its action verbs, walking the JSON.</summary>
public static class CardTexts
{
    public static IEnumerable<string> Of(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "value" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var text in Of(property.Value))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Of(item))
                    {
                        yield return text;
                    }
                }

                break;
            default:
                break;
        }
    }

    public static IReadOnlyList<string> Verbs(JsonElement card)
    {
        var verbs = new List<string>();
        Collect(card, verbs);
        return verbs;
    }

    private static void Collect(JsonElement element, List<string> verbs)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String)
            {
                verbs.Add(verb.GetString()!);
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, verbs);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, verbs);
            }
        }
    }
}
