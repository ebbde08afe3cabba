using System.Net;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>OutcomesBot as a Teams user meets it, through the Microsoft 365 Agents Playground.</summary>
[Slow]
public sealed class OutcomesBotEndToEndTests(OutcomesBotFixture fixture) : IClassFixture<OutcomesBotFixture>
{
    private PlaygroundClient Playground => fixture.Playground;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Installing_in_personal_chat_sends_the_welcome_card_with_buttons()
    {
        var welcome = await fixture.PersonalWelcomeAsync();

        Assert.Equal(Playground.Config.PersonalChatId, welcome.ConversationId);
        Assert.NotEmpty(welcome.ExecuteActions());
        Assert.All(welcome.ExecuteActions(), button => Assert.False(string.IsNullOrWhiteSpace(button.Verb)));
    }

    [Fact]
    public async Task Help_in_personal_chat_lists_the_commands()
    {
        var sent = await Playground.SendTextAsync(Playground.Config.PersonalChatId, "help", Token);

        var reply = await Playground.WaitForBotMessageAsync(sent.ReplyConversationId, sent.Cursor, Token);
        Assert.Contains("help", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("exercises", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("checkin", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_text_gets_a_pointer_to_help()
    {
        var sent = await Playground.SendTextAsync(Playground.Config.PersonalChatId, "what is the weather like", Token);

        var reply = await Playground.WaitForBotMessageAsync(sent.ReplyConversationId, sent.Cursor, Token);
        Assert.Contains("help", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("weather", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_in_the_team_channel_is_answered_in_the_channel()
    {
        var channelWelcome = await fixture.InstallAndWaitForWelcomeAsync(Playground.Config.TeamId);
        Assert.Contains("@mention", channelWelcome.AllText, StringComparison.Ordinal);

        var sent = await Playground.SendMentionAsync(Playground.Config.TeamId, "help", Token);

        var reply = await Playground.WaitForBotMessageAsync(sent.ReplyConversationId, sent.Cursor, Token);
        Assert.Equal(sent.PostConversationId, reply.ConversationId);
        Assert.Contains("exercises", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installing_in_a_group_chat_sends_the_welcome_card_with_the_mention_hint()
    {
        var welcome = await fixture.InstallAndWaitForWelcomeAsync(Playground.Config.GroupChatId);

        Assert.Equal(Playground.Config.GroupChatId, welcome.ConversationId);
        Assert.Contains("@mention", welcome.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_welcome_card_button_gets_an_invoke_response_the_Playground_accepts()
    {
        var welcome = await fixture.PersonalWelcomeAsync();

        foreach (var button in welcome.ExecuteActions())
        {
            var result = await Playground.ExecuteAsync(welcome, button, Token);

            Assert.True(result.StatusCode == HttpStatusCode.OK, $"{button.Verb}: {(int)result.StatusCode} {result.Body?.ToJsonString()}");
            Assert.Contains(result.Type, new[] { InvokeResult.CardType, InvokeResult.MessageType });
            Assert.False(string.IsNullOrWhiteSpace(result.Value?.ToJsonString().Trim('"')), $"{button.Verb} answered an empty {result.Type}");
        }
    }
}
