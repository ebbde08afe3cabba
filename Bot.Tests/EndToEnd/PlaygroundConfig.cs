using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// The ids the Playground made up for this run, read from GET /_internal/v1/testConfig. The personal and
/// group chat ids are new GUIDs each start unless .m365agentsplayground.yml fixes them; the team's id is
/// "team-id", which is also the id of its General channel.
/// </summary>
public sealed record PlaygroundConfig(
    string BotId,
    string BotName,
    string CurrentUserId,
    string PersonalChatId,
    string GroupChatId,
    string TeamId,
    IReadOnlyList<string> ChannelIds)
{
    public static PlaygroundConfig Parse(JsonNode testConfig)
    {
        ArgumentNullException.ThrowIfNull(testConfig);
        var config = testConfig["config"]!;
        var team = config["teams"]![0]!;
        return new PlaygroundConfig(
            BotId: (string)config["bot"]!["id"]!,
            BotName: (string)config["bot"]!["name"]!,
            CurrentUserId: (string)config["currentUser"]!["id"]!,
            PersonalChatId: (string)config["personalChat"]!["id"]!,
            GroupChatId: (string)config["groupChats"]![0]!["id"]!,
            TeamId: (string)team["id"]!,
            ChannelIds: [.. team["channels"]!.AsArray().Select(channel => (string)channel!["id"]!)]);
    }
}
