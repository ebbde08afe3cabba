using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutcomesBot.Dialogs.People;

/// <summary>
/// A colleague's name in a 1:1 notice, filled in as the notice goes rather than stored with it (decision 094): the card is
/// queued with a slot holding the person's AAD object id and the card's own words for nobody named, and the outbox's
/// refresh puts the name in just before the send, from the people the bot knows then. Someone who deleted their data in
/// between is not found, and the card says the words for nobody. The slot is marked with an invisible separator, which
/// <see cref="PlainText"/> removes from anything a person wrote, so text typed into a card can never make a slot.
/// </summary>
public static partial class NameAtSend
{
    private const char Mark = '\u2063';

    /// <summary>
    /// The text to build the card with where the name goes: a slot when the person's AAD object id is known, else the
    /// name itself (or <paramref name="fallback"/>), shown as plain text, as before.
    /// </summary>
    public static string Slot(string? aadObjectId, string? name, string fallback)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fallback);
        return string.IsNullOrWhiteSpace(aadObjectId) || aadObjectId.Contains(Mark, StringComparison.Ordinal) || aadObjectId.Contains('|', StringComparison.Ordinal)
            ? PlainText.Of(name ?? fallback)
            : $"{Mark}name:{aadObjectId}|{PlainText.Of(fallback)}{Mark}";
    }

    /// <summary>
    /// Text from outside the bot (anything in a Teams activity or a connector's answer, a name or channel from Graph)
    /// without the slot's mark, so a display name, team name or channel name someone chose can never carry a slot into a
    /// card and have the bot fill in the name of whoever's id it holds (decision 095); null stays null.
    /// </summary>
    public static string? Unmarked(string? text) =>
        text is not null && text.Contains(Mark, StringComparison.Ordinal) ? text.Replace(Mark.ToString(), "", StringComparison.Ordinal) : text;

    /// <summary>True when <paramref name="cardJson"/> has a slot to fill.</summary>
    public static bool HasSlot(string cardJson) => cardJson?.Contains(Mark, StringComparison.Ordinal) == true
        || cardJson?.Contains("\\u2063", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// <paramref name="cardJson"/> with every slot filled: the name <paramref name="nameOf"/> gives for its AAD object id
    /// (shown as plain text), or the card's words for nobody when it gives none.
    /// </summary>
    public static async Task<string> FillAsync(string cardJson, Func<string, CancellationToken, Task<string?>> nameOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        if (!HasSlot(cardJson) || JsonNode.Parse(cardJson) is not { } card)
        {
            return cardJson;
        }

        var names = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in Strings(card).ToList())
        {
            var value = text.GetValue<string>();
            var filled = value;
            foreach (Match slot in SlotPattern().Matches(value))
            {
                var aad = slot.Groups["aad"].Value;
                if (!names.TryGetValue(aad, out var name))
                {
                    name = names[aad] = await nameOf(aad, cancellationToken);
                }

                filled = filled.Replace(slot.Value, string.IsNullOrWhiteSpace(name) ? slot.Groups["fallback"].Value : PlainText.Of(name), StringComparison.Ordinal);
            }

            if (!ReferenceEquals(filled, value))
            {
                text.ReplaceWith(JsonValue.Create(filled));
            }
        }

        return card.ToJsonString(CardJson.Options);
    }

    private static IEnumerable<JsonValue> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Contains(Mark, StringComparison.Ordinal) => [v],
        _ => [],
    };

    [GeneratedRegex("\u2063name:(?<aad>[^|\u2063]+)\\|(?<fallback>[^\u2063]*)\u2063", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SlotPattern();
}
