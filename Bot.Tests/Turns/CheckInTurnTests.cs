using System.Net;
using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The check-in through the real host: the typed command, the welcome card's button, Action.Execute and channels.</summary>
public sealed class CheckInTurnTests : IDisposable
{
    private const string Person = "user-id-0";

    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Typing_checkin_sends_the_check_in_card()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "checkin";

        using var response = await _app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_app.Connector.Sent);
        // A check-in asked for by typing carries no statements: the four questions the card shows, and the card says four.
        Assert.Contains("About a minute: 4 short questions on how outcomes-focused practice is going", sent.CardText, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(sent.Card!.Value.GetRawText(), "\"id\":\"(confidence|went-well|barrier|wants-support)\""));
        Assert.Contains(CheckInVerbs.Submit, CardTexts.Verbs(sent.Card!.Value));
        Assert.DoesNotContain("coming soon", sent.CardText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_welcome_Check_in_button_opens_the_card_and_Send_shows_thanks()
    {
        var form = await _app.InvokeCardAsync(CheckInVerbs.Open, []);
        Assert.Contains("short questions on how outcomes-focused practice is going", Text(form), StringComparison.Ordinal);

        var button = CardJsonButtons.Find(form, "Send");
        var data = button["data"]!.DeepClone().AsObject();
        data["confidence"] = "3";
        data["went-well"] = "A good review";
        data["wants-support"] = "false";
        var thanks = await _app.InvokeCardAsync(button["verb"]!.GetValue<string>(), data);

        Assert.Contains("Thank you", Text(thanks), StringComparison.Ordinal);
        var answer = Assert.Single(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Person, Token));
        Assert.Equal((3, "A good review"), (answer.Confidence, answer.WentWell));
        Assert.Empty(_app.Connector.Sent);
    }

    [Fact]
    public async Task Send_through_the_Action_Submit_fallback_updates_the_card_with_thanks()
    {
        var form = await _app.InvokeCardAsync(CheckInVerbs.Open, []);
        var submit = Samples.Fresh("message-submit-personal");
        submit["value"] = CardJsonButtons.SubmitValue(CardJsonButtons.Find(form, "Send"), new Dictionary<string, string> { ["confidence"] = "5", ["wants-support"] = "false" });

        using var response = await _app.PostActivityAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("update", sent.Operation);
        Assert.Contains("Thank you", sent.CardText, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Person, Token)).Confidence);
    }

    [Fact]
    public async Task Typing_checkin_in_a_channel_points_to_the_1_1_chat_when_Teams_will_not_open_it()
    {
        _app.Connector.RefuseCreateConversation = true;
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> checkin";

        await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("1:1 chat", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Null(sent.Card);
    }

    private static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));
}
