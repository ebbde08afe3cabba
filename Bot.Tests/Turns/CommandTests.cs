using System.Net;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Turns;

public sealed class CommandTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("help")]
    [InlineData("  HELP! ")]
    [InlineData("?")]
    public async Task Help_in_personal_chat_lists_every_command(string text)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;

        using var response = await _app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("reply", sent.Operation);
        Assert.Equal(message["id"]!.GetValue<string>(), sent.TargetId);
        foreach (var command in new[] { "help", "exercises", "checkin", "momentum", "stories", "my data" })
        {
            Assert.Contains(command, sent.CardText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Mention_in_a_channel_is_stripped_and_answered_in_the_thread()
    {
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> help";

        await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("team-id;messageid=1795312126533", sent.ConversationId);
        Assert.Contains("What I can do", sent.CardText);
        Assert.Contains("@mention", sent.CardText);
    }

    [Fact]
    public async Task Mention_in_a_group_chat_with_an_unknown_command_gets_a_pointer_to_help()
    {
        await _app.PostActivityAsync(Samples.Fresh("message-groupChat"));

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("help", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("didn't understand", sent.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_text_gets_a_friendly_pointer_to_help()
    {
        await _app.PostActivityAsync(Samples.Fresh("message-personal"));

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Null(sent.Card);
        Assert.Contains("Type help", sent.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Greeting_brings_the_welcome_card()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "Hello";

        await _app.PostActivityAsync(message);

        Assert.Contains("Welcome to OutcomesBot", Assert.Single(_app.Connector.Sent).CardText);
    }

    [Fact]
    public async Task Exercises_opens_the_exercises_menu()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "exercises";

        await _app.PostActivityAsync(message);

        Assert.Contains("Exercises from the guide", Assert.Single(_app.Connector.Sent).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exercises_in_a_channel_points_to_the_personal_chat_when_Teams_will_not_open_it()
    {
        _app.Connector.RefuseCreateConversation = true;
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> exercises";

        await _app.PostActivityAsync(message);

        Assert.Contains("1:1 chat", Assert.Single(_app.Connector.Sent).Activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stories")]
    [InlineData("story")]
    public async Task Stories_from_someone_who_leads_no_team_get_the_card_saying_who_shares_them(string text)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;

        await _app.PostActivityAsync(message);

        var reply = Assert.Single(_app.Connector.Sent).CardText;
        Assert.Contains("Team leaders and champions share success stories", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("coming soon", reply, StringComparison.OrdinalIgnoreCase);
    }
}
