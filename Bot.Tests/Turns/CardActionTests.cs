using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Turns;

public sealed class CardActionTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Execute_help_on_the_welcome_card_replaces_it_with_the_help_card()
    {
        var body = await InvokeAsync("help.show");

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        var card = body.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains("What I can do", string.Join('\n', CardTexts.Of(card)));
        Assert.Contains("welcome.show", CardTexts.Verbs(card));
        Assert.Empty(_app.Connector.Sent);
    }

    [Fact]
    public async Task Execute_back_to_welcome_shows_the_welcome_card()
    {
        var body = await InvokeAsync("welcome.show");

        Assert.Contains("Welcome to OutcomesBot", string.Join('\n', CardTexts.Of(body.GetProperty("value"))));
    }

    [Fact]
    public async Task Execute_stories_on_the_welcome_card_from_someone_who_leads_no_team_says_who_shares_stories()
    {
        var body = await InvokeAsync("stories.open");

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        var text = string.Join('\n', CardTexts.Of(body.GetProperty("value")));
        Assert.Contains("Team leaders and champions share success stories", text, StringComparison.Ordinal);
        Assert.DoesNotContain("coming soon", text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_app.Connector.Sent);
    }

    [Theory]
    [InlineData("delete.everything")]
    [InlineData("")]
    public async Task Execute_with_a_tampered_or_missing_verb_says_what_is_wrong(string verb)
    {
        var body = await InvokeAsync(verb);

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Contains("isn't one I recognise", body.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_with_a_non_object_value_is_answered_not_crashed()
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"] = "junk";

        using var response = await _app.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Submit_fallback_updates_the_card_it_came_from()
    {
        var submit = Samples.Fresh("message-submit-personal");
        submit["value"] = new JsonObject { ["verb"] = "help.show" };

        using var response = await _app.PostActivityAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("update", sent.Operation);
        Assert.Equal("1795312115868", sent.TargetId);
        Assert.Equal("1795312115868", sent.Activity.Id);
        Assert.Contains("What I can do", sent.CardText);
    }

    [Fact]
    public async Task Submit_with_an_unknown_verb_gets_a_message_and_no_card_change()
    {
        await _app.PostActivityAsync(Samples.Fresh("message-submit-personal"));

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("reply", sent.Operation);
        Assert.Contains("isn't one I recognise", sent.Activity.Text, StringComparison.Ordinal);
    }

    private async Task<JsonElement> InvokeAsync(string verb)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = verb;
        using var response = await _app.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
