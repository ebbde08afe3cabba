using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OutcomesBot.Cards.Model;

/// <summary>Serialises cards the way the Adaptive Cards schema expects: camelCase, nulls left out.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    // Cards drawn once and shown many times (the exercise menu for a state), with their JSON made once.
    private static readonly ConditionalWeakTable<AdaptiveCard, object> Frozen = [];

    public static JsonElement ToElement(AdaptiveCard card) =>
        Frozen.TryGetValue(card, out var element) ? (JsonElement)element : JsonSerializer.SerializeToElement(card, Options);

    /// <summary>Whether <paramref name="card"/> was frozen (<see cref="Freeze"/>): its JSON is made once and it never changes.</summary>
    public static bool IsFrozen(AdaptiveCard card) => Frozen.TryGetValue(card, out _);

    /// <summary>
    /// Serialises <paramref name="card"/> once, for a card shared by many answers: <see cref="ToElement"/> then returns
    /// that JSON. The card and everything in it must not change after this.
    /// </summary>
    public static AdaptiveCard Freeze(AdaptiveCard card)
    {
        Frozen.AddOrUpdate(card, JsonSerializer.SerializeToElement(card, Options));
        return card;
    }

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
