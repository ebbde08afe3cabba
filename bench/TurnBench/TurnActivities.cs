using System.Globalization;
using System.Text.Json.Nodes;

namespace OutcomesBot.TurnBench;

/// <summary>
/// Teams activities as the playground samples carry them, one 1:1 conversation per person of the pool, each with a
/// unique activity id (<c>{prefix}{n}</c>) so that no turn is taken for a redelivery.
/// </summary>
internal static class TurnActivities
{
    public const string ExportConversationPrefix = "bench-export-";
    public const string CycleId = "bench-cycle";
    public const string TenantId = "00000000-0000-0000-0000-00000000b001";

    public static string TeamsUserId(int person) => "29:bench-user-" + person.ToString("D4", CultureInfo.InvariantCulture);

    public static string AadObjectId(int person) => "00000000-0000-0000-0000-00000000" + person.ToString("D4", CultureInfo.InvariantCulture);

    public static string Build(TurnKind kind, string serviceUrl, string activityId, int person, string? conversationId = null)
    {
        var who = person.ToString("D4", CultureInfo.InvariantCulture);
        var activity = new JsonObject
        {
            ["type"] = kind == TurnKind.Help ? "message" : "invoke",
            ["id"] = activityId,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["timestamp"] = "2026-12-07T09:00:00.000Z",
            ["locale"] = "en-GB",
            ["from"] = new JsonObject { ["id"] = TeamsUserId(person), ["name"] = "Bench Person " + who, ["aadObjectId"] = AadObjectId(person) },
            ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "OutcomesBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? "a:bench-conv-" + who, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        switch (kind)
        {
            case TurnKind.Help:
                activity["text"] = "help";
                activity["textFormat"] = "plain";
                break;
            case TurnKind.Menu:
                activity["name"] = "adaptiveCard/action";
                activity["value"] = Execute("exercises.open", new JsonObject());
                break;
            case TurnKind.CheckIn:
                activity["name"] = "adaptiveCard/action";
                activity["value"] = Execute("checkin.submit", new JsonObject
                {
                    ["cycle"] = CycleId,
                    ["confidence"] = ((person % 5) + 1).ToString(CultureInfo.InvariantCulture),
                    ["went-well"] = "Reviewed two support plans with the family",
                    ["barrier"] = "",
                    ["wants-support"] = "false",
                    ["support-from"] = "",
                });
                break;
        }

        return activity.ToJsonString();
    }

    private static JsonObject Execute(string verb, JsonObject data) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
    };
}
