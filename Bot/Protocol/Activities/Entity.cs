using System.Text.Json.Serialization;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// An entity on an activity: a mention (type "mention", with <see cref="Mentioned"/> and <see cref="Text"/>)
/// or client info; other shapes keep their fields in <see cref="ExtensionData"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
