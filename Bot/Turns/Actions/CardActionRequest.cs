namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>A button press on a card: its verb and data, from an Action.Execute invoke or an Action.Submit message.</summary>
public sealed record CardActionRequest(string Verb, IReadOnlyDictionary<string, JsonElement> Data, bool IsInvoke, string? CardActivityId)
{
    /// <summary>The card's data and inputs as text: strings as they are, numbers and booleans as written; objects are dropped.</summary>
    public Dictionary<string, string> TextData()
    {
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Data)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    text[key] = value.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    text[key] = value.GetRawText();
                    break;
                default:
                    break;
            }
        }

        return text;
    }
}
