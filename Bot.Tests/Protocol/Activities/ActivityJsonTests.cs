using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Protocol.Activities;

public sealed class ActivityJsonTests
{
    public static TheoryData<string> SampleNames() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(),
    ];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_captured_playground_activity_survives_a_round_trip_unchanged(string sample)
    {
        var original = NormaliseTimes(JsonNode.Parse(Samples.Read(sample))!);

        var activity = JsonSerializer.Deserialize<Activity>(Samples.Read(sample), ProtocolJson.Options);
        var written = NormaliseTimes(JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!);

        Assert.True(JsonNode.DeepEquals(original, written), $"{sample} changed on the round trip:\n{written}");
    }

    [Fact]
    public void Timestamps_keep_their_instant_and_local_offset()
    {
        const string json = """{"type":"message","timestamp":"2026-11-22T01:48:36.320Z","localTimestamp":"2026-11-22T09:48:36.320+08:00"}""";

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 1, 48, 36, 320, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp?.Offset);
    }

    [Fact]
    public void Unknown_properties_at_every_level_are_kept()
    {
        const string json = """
            {"type":"message","futureField":{"a":[1,2]},"from":{"id":"u","newClaim":true},
             "conversation":{"id":"c","threadKind":"x"},"channelData":{"tenant":{"id":"t","region":"eu"},"newFlag":1},
             "entities":[{"type":"clientInfo","platform":"Web"}]}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.Equal(2, written["futureField"]!["a"]!.AsArray().Count);
        Assert.True(written["from"]!["newClaim"]!.GetValue<bool>());
        Assert.Equal("x", written["conversation"]!["threadKind"]!.GetValue<string>());
        Assert.Equal("eu", written["channelData"]!["tenant"]!["region"]!.GetValue<string>());
        Assert.Equal(1, written["channelData"]!["newFlag"]!.GetValue<int>());
        Assert.Equal("Web", written["entities"]![0]!["platform"]!.GetValue<string>());
    }

    /// <summary>"...36.320Z" and "...36.32+00:00" are the same instant: compare the instants, not the spelling.</summary>
    private static JsonNode NormaliseTimes(JsonNode node)
    {
        foreach (var name in new[] { "timestamp", "localTimestamp" })
        {
            if (node[name] is { } value)
            {
                node[name] = DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return node;
    }
}
