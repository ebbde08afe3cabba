using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>Personal buttons and commands used in a channel open the sender's 1:1 chat with the right card; toasts carry no markdown.</summary>
public sealed class ChannelToChatTests : IDisposable
{
    private const string PersonalChat = "personal-user-id-0";
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_Check_in_button_in_a_channel_opens_the_check_in_card_in_the_1_1_chat()
    {
        var toast = await InvokeInChannelAsync(WelcomeVerbs.OpenCheckIn);

        Assert.Contains("1:1 chat", toast, StringComparison.Ordinal);
        var created = Assert.Single(_app.Connector.Created);
        Assert.Equal("user-id-0", Assert.Single(created.Members).Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", created.TenantId);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal((PersonalChat, "send"), (sent.ConversationId, sent.Operation));
        Assert.Contains(CheckInVerbs.Submit, CardTexts.Verbs(sent.Card!.Value));
    }

    [Fact]
    public async Task Typing_a_personal_command_in_a_channel_answers_in_the_1_1_chat_and_says_so_in_the_thread()
    {
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> exercises";

        await _app.PostActivityAsync(message);

        var sent = _app.Connector.Sent.ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(PersonalChat, sent[0].ConversationId);
        Assert.Contains("Exercises from the guide", sent[0].CardText, StringComparison.Ordinal);
        Assert.Equal("team-id;messageid=1795312126533", sent[1].ConversationId);
        Assert.Contains("1:1 chat", sent[1].Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_Teams_will_not_open_the_chat_the_toast_says_how_to_open_it_in_plain_text()
    {
        _app.Connector.RefuseCreateConversation = true;

        var toast = await InvokeInChannelAsync(WelcomeVerbs.OpenCheckIn);

        Assert.Contains("Open a chat with me", toast, StringComparison.Ordinal);
        Assert.Contains("type checkin", toast, StringComparison.Ordinal);
        Assert.DoesNotContain("**", toast, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.Sent);
    }

    [Theory]
    [InlineData(ExerciseVerbs.Next)]
    [InlineData("momentum.team")]
    [InlineData("rhythm.open")]
    [InlineData("no.such.verb")]
    public async Task No_toast_shows_literal_markdown(string verb)
    {
        var toast = await InvokeInChannelAsync(verb);

        Assert.NotEmpty(toast);
        Assert.DoesNotContain("**", toast, StringComparison.Ordinal);
    }

    private async Task<string> InvokeInChannelAsync(string verb)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        var channel = Samples.Fresh("message-channel");
        invoke["conversation"] = channel["conversation"]!.DeepClone();
        invoke["channelData"] = channel["channelData"]!.DeepClone();
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = new JsonObject();
        using var response = await _app.PostActivityAsync(invoke);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        return body.GetProperty("value").GetString()!;
    }
}
