using System.Text.Json.Nodes;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Someone the bot knows from another tenant, whose name nobody in the test's team may ever read (decisions 095, 102), and
/// a name slot (decision 094's U+2063 marks) that names them: the attacker's bait.
/// </summary>
internal static class Stranger
{
    public const string Aad = "00000000-0000-0000-0000-0000000000099";
    public const string Name = "Victoria Stranger";
    public const string Tenant = "00000000-0000-0000-0000-0000000000777";
    public const string Slot = "\u2063name:" + Aad + "|x\u2063";

    /// <summary>The stranger writes to the bot from their own tenant, so the bot stores their name; what was sent is cleared.</summary>
    public static async Task MeetAsync(StoryBot bot)
    {
        var chat = Samples.Fresh("message-personal");
        chat["from"] = new JsonObject { ["id"] = "user-id-99", ["name"] = Name, ["aadObjectId"] = Aad };
        chat["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = "strangers-chat" };
        chat["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        await PostAsync(bot, chat);
        Assert.Equal(Name, (await bot.App.Get<IPersonStore>().FindByAadObjectIdAsync(Aad, TestContext.Current.CancellationToken))?.Name);
        bot.App.Connector.Sent.Clear();
    }

    /// <summary>Posts an activity through the host and expects it taken.</summary>
    public static async Task PostAsync(StoryBot bot, JsonObject activity)
    {
        using var response = await bot.App.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
    }
}
