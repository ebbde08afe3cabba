using System.Text.Json.Serialization;

namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// The JSON settings of the Bot Framework wire format: camelCase, nulls left out, every string read without a name slot's
/// mark (<see cref="UnmarkedStringConverter"/>, decision 095).
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
            Converters = { new UnmarkedStringConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
