using System.Net;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Turns;

public sealed class DeduplicationTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_same_message_delivered_twice_is_answered_once()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";

        using var first = await _app.PostActivityAsync(message);
        using var second = await _app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_app.Connector.Sent);
    }

    [Fact]
    public async Task The_same_message_delivered_five_times_at_once_is_answered_once()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _app.PostActivityAsync(message)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_app.Connector.Sent);
    }

    [Fact]
    public async Task A_redelivered_invoke_gets_the_same_answer_without_running_again()
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = "help.show";

        using var first = await _app.PostActivityAsync(invoke);
        using var second = await _app.PostActivityAsync(invoke);

        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var secondBody = await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("What I can do", firstBody, StringComparison.Ordinal);
        Assert.Equal(firstBody, secondBody);
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_is_a_different_activity()
    {
        var personal = Samples.Fresh("message-personal");
        var group = Samples.Fresh("message-groupChat");
        group["id"] = personal["id"]!.GetValue<string>();

        await _app.PostActivityAsync(personal);
        await _app.PostActivityAsync(group);

        Assert.Equal(2, _app.Connector.Sent.Count);
    }
}
