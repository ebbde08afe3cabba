using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A reply that tells someone to type a command says how where they read it: in a channel or group chat, where the bot
/// hears only messages that @mention it, "@mention me (@OutcomesBot) and type ..."; in the 1:1 chat the command alone.
/// </summary>
public sealed class CommandHintTurnTests : IDisposable
{
    private const string InChannel = "@mention me (@OutcomesBot) and type help";

    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("message-channel", "<at>Test Bot</at> what is this", "Sorry, I didn't understand that. " + InChannel + " to see the commands I know.")]
    [InlineData("message-groupChat", "<at>Test Bot</at> what is this", "Sorry, I didn't understand that. " + InChannel + " to see the commands I know.")]
    [InlineData("message-channel", "<at>Test Bot</at>", "Hello! " + InChannel + " to see what I can do.")]
    [InlineData("message-channel", "<at>Test Bot</at> thanks", "You're welcome. I'm here whenever you want a check-in, an exercise or your log: " + InChannel + " for the list.")]
    public async Task A_pointer_to_help_in_a_shared_conversation_says_to_mention_the_bot(string sample, string text, string expected)
    {
        var message = Samples.Fresh(sample);
        message["text"] = text;

        await _app.PostActivityAsync(message);

        Assert.Equal(expected, Assert.Single(_app.Connector.Sent).Activity.Text);
    }

    [Theory]
    [InlineData("what is this", "Sorry, I didn't understand that. Type help to see the commands I know.")]
    [InlineData("thanks", "You're welcome. I'm here whenever you want a check-in, an exercise or your log: type help for the list.")]
    public async Task A_pointer_to_help_in_the_1_1_chat_is_the_command_alone(string text, string expected)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;

        await _app.PostActivityAsync(message);

        Assert.Equal(expected, Assert.Single(_app.Connector.Sent).Activity.Text);
    }

    [Fact]
    public async Task The_welcome_card_in_a_channel_falls_back_to_text_that_says_to_mention_the_bot()
    {
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> hi";

        await _app.PostActivityAsync(message);

        var card = Assert.Single(_app.Connector.Sent).Card!.Value;
        Assert.Equal("Welcome to OutcomesBot. " + InChannel + " to see what I can do.", card.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public async Task An_unknown_button_pressed_in_a_channel_says_to_mention_the_bot()
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        var channel = JsonNode.Parse(Samples.Read("message-channel"))!.AsObject();
        invoke["conversation"] = channel["conversation"]!.DeepClone();
        invoke["channelData"] = channel["channelData"]!.DeepClone();
        invoke["value"]!["action"]!["verb"] = "no.such.button";

        using var response = await _app.PostActivityAsync(invoke);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.Equal("That button isn't one I recognise. It may be on an old card: " + InChannel + " to see what I can do now.", body.GetProperty("value").GetString());
    }
}
