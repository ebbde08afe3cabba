using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutcomesBot.Cards.Model;

/// <summary>Serialises cards the way the Adaptive Cards schema expects: camelCase, nulls left out.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
