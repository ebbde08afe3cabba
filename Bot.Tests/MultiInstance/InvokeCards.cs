using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>Reads the card in an invoke's answer as Teams would, to press its buttons.</summary>
internal static class InvokeCards
{
    /// <summary>The data of the first Action.Execute with <paramref name="verb"/> anywhere on the answer's card.</summary>
    public static JsonObject ActionData(string invokeAnswer, string verb)
    {
        var found = Actions(JsonNode.Parse(invokeAnswer)).FirstOrDefault(action => action["verb"]?.GetValue<string>() == verb);
        Assert.True(found is not null, $"No \"{verb}\" button in: {invokeAnswer}");
        return found["data"]?.DeepClone().AsObject() ?? [];
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String && type.GetValue<string>() == "Action.Execute" => [obj],
        JsonObject obj => obj.SelectMany(property => Actions(property.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
