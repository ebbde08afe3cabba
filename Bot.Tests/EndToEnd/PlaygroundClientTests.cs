using System.Net;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>The Playground driver against a stand-in bot, so the driver's own mistakes show up apart from OutcomesBot's.</summary>
[Slow]
public sealed class PlaygroundClientTests(StandInBotFixture fixture) : IClassFixture<StandInBotFixture>
{
    private PlaygroundClient Playground => fixture.Playground;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Install_in_personal_chat_sends_both_install_events_and_the_bots_card_comes_back()
    {
        var card = await InstallAndGetCardAsync(Playground.Config.PersonalChatId);

        Assert.Equal(PlaygroundMessage.CreateMessage, card.Action);
        Assert.Equal(Playground.Config.PersonalChatId, card.ConversationId);
        Assert.Equal(StandInBot.ExecuteVerb, Assert.Single(card.ExecuteActions()).Verb);
        // The card answers the installationUpdate; the Playground may post the conversationUpdate that adds the bot after it.
        bool IsBotAdded(JsonObject a) => (string?)a["type"] == "conversationUpdate"
            && a["membersAdded"] is JsonArray added && added.Any(m => (string?)m!["id"] == Playground.Config.BotId);
        List<JsonObject> InPersonalChat() => [.. fixture.Bot.Received.Where(a => (string?)a["conversation"]?["id"] == Playground.Config.PersonalChatId)];
        await Eventually.TrueAsync(() => InPersonalChat().Any(IsBotAdded), TimeSpan.FromSeconds(10));

        var received = InPersonalChat();
        Assert.Contains(received, a => (string?)a["type"] == "installationUpdate" && (string?)a["action"] == "add");
        Assert.Contains(received, IsBotAdded);
    }

    [Fact]
    public async Task Text_in_personal_chat_reaches_the_bot_and_its_reply_comes_back()
    {
        var sent = await Playground.SendTextAsync(Playground.Config.PersonalChatId, "hello there", Token);

        var reply = await Playground.WaitForBotMessageAsync(sent.ReplyConversationId, sent.Cursor, Token);

        Assert.Equal("Echo: hello there", reply.Text);
    }

    [Fact]
    public async Task Mention_in_the_team_channel_opens_a_thread_and_the_reply_arrives_in_it()
    {
        var sent = await Playground.SendMentionAsync(Playground.Config.TeamId, "ping", Token);

        Assert.Equal($"{Playground.Config.TeamId};messageid={sent.MessageId}", sent.PostConversationId);
        var reply = await Playground.WaitForBotMessageAsync(sent.ReplyConversationId, sent.Cursor, Token);
        Assert.Equal($"Echo: <at>{Playground.Config.BotName}</at> ping", reply.Text);
        var activity = fixture.Bot.Received.Last(a => (string?)a["conversation"]?["id"] == sent.PostConversationId);
        Assert.Equal("channel", (string?)activity["conversation"]!["conversationType"]);
        Assert.Contains(activity["entities"]!.AsArray(), e => (string?)e!["type"] == "mention" && (string?)e["mentioned"]!["id"] == Playground.Config.BotId);
    }

    [Fact]
    public async Task Execute_on_a_card_returns_the_bots_invoke_response()
    {
        var card = await InstallAndGetCardAsync(Playground.Config.GroupChatId);

        var result = await Playground.ExecuteAsync(card, card.ExecuteActions()[0], Token);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(InvokeResult.CardType, result.Type);
        Assert.Contains($"Executed {StandInBot.ExecuteVerb}", result.Value!.ToJsonString(), StringComparison.Ordinal);
        var invoke = fixture.Bot.Received.Last(a => (string?)a["type"] == "invoke");
        Assert.Equal("adaptiveCard/action", (string?)invoke["name"]);
        Assert.Equal(card.MessageId, (string?)invoke["replyToId"]);
        Assert.Equal(1, (int)invoke["value"]!["action"]!["data"]!["n"]!);
    }

    [Fact]
    public async Task Execute_on_a_card_the_bot_posted_in_a_channel_names_the_thread_it_opened()
    {
        var card = await InstallAndGetCardAsync(Playground.Config.TeamId);

        var result = await Playground.ExecuteAsync(card, card.ExecuteActions()[0], Token);

        Assert.StartsWith($"{Playground.Config.TeamId};messageid=", card.PostConversationId, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(InvokeResult.CardType, result.Type);
    }

    [Fact]
    public async Task Submit_reaches_the_bot_as_a_message_with_the_values()
    {
        var card = await InstallAndGetCardAsync(Playground.Config.PersonalChatId);

        var cursor = await Playground.SubmitAsync(card, new JsonObject { ["choice"] = "a", ["note"] = "well done" }, Token);

        var reply = await Playground.WaitForBotMessageAsync(card.CardConversationId, cursor, m => m.Text?.StartsWith("Submitted", StringComparison.Ordinal) == true, Token);
        Assert.Equal("""Submitted {"choice":"a","note":"well done"}""", reply.Text);
        var submit = fixture.Bot.Received.Last(a => (string?)a["type"] == "message" && a["value"] is JsonObject);
        Assert.Equal(card.MessageId, (string?)submit["replyToId"]);
    }

    private async Task<PlaygroundMessage> InstallAndGetCardAsync(string conversationId)
    {
        var cursor = await Playground.InstallAsync(conversationId, Token);
        return await Playground.WaitForBotMessageAsync(conversationId, cursor, m => m.AllText.Contains("Stand-in welcome", StringComparison.Ordinal), Token);
    }
}
