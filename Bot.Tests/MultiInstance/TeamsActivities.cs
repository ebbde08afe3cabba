using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>Activities as Teams sends them (from the Playground's samples), from one person in their 1:1 chat with the bot.</summary>
internal static class TeamsActivities
{
    public static string AadObjectIdOf(string userId) => "aad-" + userId;

    /// <summary>An Action.Submit (a message with a value) pressed on the card with activity id <paramref name="cardActivityId"/>.</summary>
    public static string Submit(string serviceUrl, string conversationId, string userId, string cardActivityId, JsonObject value)
    {
        var activity = From(Samples.Fresh("message-submit-personal"), serviceUrl, conversationId, userId);
        activity["replyToId"] = cardActivityId;
        activity["value"] = value;
        return activity.ToJsonString();
    }

    /// <summary>An Action.Execute (an adaptiveCard/action invoke) with this verb and data.</summary>
    public static string Execute(string serviceUrl, string conversationId, string userId, string verb, JsonObject data)
    {
        var activity = From(Samples.Fresh("invoke-adaptiveCard_action-personal"), serviceUrl, conversationId, userId);
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return activity.ToJsonString();
    }

    private static JsonObject From(JsonObject activity, string serviceUrl, string conversationId, string userId)
    {
        activity["serviceUrl"] = serviceUrl;
        activity["conversation"]!["id"] = conversationId;
        activity["from"]!["id"] = userId;
        activity["from"]!["aadObjectId"] = AadObjectIdOf(userId);
        return activity;
    }
}
