using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A form or answer asked for in a channel, whose 1:1 chat opened but whose send into it Teams refused (here 403
/// ConversationBlockedByUser, as for a person who blocked or removed the app): the channel gets one line saying it could
/// not be sent and how to ask in the chat, nothing of the form reaches the channel, the refusal is logged with its status
/// and code only, and the turn answers 200 (decision 071). Before, the refusal escaped and failed the turn.
/// </summary>
public sealed class ChatSendRefusedTests : IDisposable
{
    private const string AlexChat = "personal-user-id-0";
    private const string Mention = "<at>Alex Wilber</at> ";

    private readonly RecordingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task The_story_form_Teams_refuses_in_the_chat_gets_the_line_saying_how_to_ask_there()
    {
        await using var bot = await RefusingBotAsync(TeamRole.Leader);

        await bot.SayAsync("story", inChannel: true);
        await bot.DrainAsync();

        Assert.Single(bot.App.Connector.Created);
        var note = Assert.Single(bot.App.Connector.Sent);
        Assert.StartsWith(StoryBot.Channel, note.ConversationId, StringComparison.Ordinal);
        Assert.Null(note.Card);
        Assert.Equal(Mention + "I couldn't send you the story form, because I can't reach our 1:1 chat. Find OutcomesBot in your Chat list (or add it from Apps), then type story there.", note.Activity.Text);
        AssertLoggedWithStatusAndCodeOnly();
    }

    [Fact]
    public async Task The_learning_set_form_Teams_refuses_in_the_chat_gets_the_line_and_nothing_of_the_form_reaches_the_channel()
    {
        await using var bot = await RefusingBotAsync(TeamRole.Champion);

        await bot.SayAsync("learning set", inChannel: true);

        Assert.Single(bot.App.Connector.Created);
        var note = Assert.Single(bot.App.Connector.Sent);
        Assert.StartsWith(StoryBot.Channel, note.ConversationId, StringComparison.Ordinal);
        Assert.Null(note.Card);
        Assert.Equal(Mention + LearningSetCommands.ChatUnreachable, note.Activity.Text);
        Assert.DoesNotContain("Sam Baker", note.Activity.Text, StringComparison.Ordinal);
        AssertLoggedWithStatusAndCodeOnly();
    }

    [Fact]
    public async Task The_Check_in_button_in_a_channel_whose_card_Teams_refuses_in_the_chat_answers_with_how_to_ask_there()
    {
        await using var bot = await RefusingBotAsync(TeamRole.Staff);

        var toast = await bot.PressAsync(WelcomeVerbs.OpenCheckIn, new Dictionary<string, string>(), inChannel: true);

        Assert.Single(bot.App.Connector.Created);
        Assert.Equal(
            "I couldn't send you that, because I can't reach our 1:1 chat. Find OutcomesBot in your Chat list (or add it from Apps), then type checkin there.",
            toast.GetString());
        Assert.Empty(bot.App.Connector.Sent);
        AssertLoggedWithStatusAndCodeOnly();
    }

    [Fact]
    public async Task A_personal_command_typed_in_a_channel_whose_answer_Teams_refuses_in_the_chat_gets_a_line_for_the_sender()
    {
        await using var bot = await RefusingBotAsync(TeamRole.Staff);

        await bot.SayAsync("exercises", inChannel: true);

        Assert.Single(bot.App.Connector.Created);
        var note = Assert.Single(bot.App.Connector.Sent);
        Assert.StartsWith(StoryBot.Channel, note.ConversationId, StringComparison.Ordinal);
        Assert.Null(note.Card);
        Assert.Equal(Mention + PersonalChatHandoff.AnswerUnreachable("exercises"), note.Activity.Text);
        Assert.Equal("user-id-0", Assert.Single(note.Activity.Entities!).Mentioned!.Id);
        AssertLoggedWithStatusAndCodeOnly();
    }

    /// <summary>
    /// A guard, not a fix: a turn that runs out of time while sending into the chat is not a refusal. It fails as any
    /// timed-out turn does (503, so Teams sends it again), and nothing is said in the channel.
    /// </summary>
    [Fact]
    public async Task A_turn_cancelled_while_sending_into_the_chat_is_not_told_as_a_refusal()
    {
        await using var bot = await StoryBot.CreateAsync(
            alex: TeamRole.Leader,
            settings: new Dictionary<string, string?> { ["Turns:TurnTimeout"] = "00:00:00.300" },
            configureServices: services => services.AddSingleton<ILoggerProvider>(_logs));
        bot.App.Connector.BeforeSend = token => Task.Delay(Timeout.Infinite, token);
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> story";
        message["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "user-id-0", ["name"] = "Alex Wilber", ["aadObjectId"] = StoryBot.AlexAad };

        using var response = await bot.App.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("[1451]", StringComparison.Ordinal));
    }

    private async Task<StoryBot> RefusingBotAsync(TeamRole alex)
    {
        var bot = await StoryBot.CreateAsync(alex: alex, configureServices: services => services.AddSingleton<ILoggerProvider>(_logs));
        bot.App.Connector.RefuseSendsTo = AlexChat;
        return bot;
    }

    private void AssertLoggedWithStatusAndCodeOnly()
    {
        var line = Assert.Single(_logs.Lines, l => l.Contains("[1451]", StringComparison.Ordinal));
        Assert.Contains("(403 ConversationBlockedByUser)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", line, StringComparison.Ordinal);
        Assert.DoesNotContain(AlexChat, line, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("[1006]", StringComparison.Ordinal));
    }
}
