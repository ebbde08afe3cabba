using System.Text.Json.Serialization;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// Every string read off the Bot Framework wire, an activity or a connector's answer (rosters included), comes in without
/// <see cref="NameAtSend"/>'s slot mark (decision 095): display names, team and channel names are chosen by people, and one
/// shaped like a slot inside a waiting 1:1 notice would have the bot fill in the name of whoever's id it carried. What
/// the bot writes goes out as it is.
/// </summary>
public sealed class UnmarkedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NameAtSend.Unmarked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    // Dictionary keys are names of fields, not text anyone wrote: read and written as they are.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}
