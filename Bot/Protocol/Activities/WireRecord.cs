using System.Text.Json.Serialization;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// An object of the Bot Framework wire format. Properties it does not name are kept in <see cref="ExtensionData"/>,
/// so that nothing a newer Teams client sends is lost when an activity is stored or echoed back.
/// </summary>
public abstract record WireRecord
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
