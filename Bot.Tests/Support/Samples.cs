using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>The activities the Agents Playground really sent, captured in Samples/, to start tests from.</summary>
public static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".json"));

    /// <summary>A sample as a mutable node, with a fresh activity id so that de-duplication does not merge tests.</summary>
    public static JsonObject Fresh(string name)
    {
        var node = JsonNode.Parse(Read(name))!.AsObject();
        node["id"] = Guid.NewGuid().ToString();
        return node;
    }
}
