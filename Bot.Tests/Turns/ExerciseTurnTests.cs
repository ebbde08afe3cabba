using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The learning log through the real host: typed commands, Action.Execute invokes and Action.Submit messages.</summary>
public sealed class ExerciseTurnTests : IDisposable
{
    private const string Person = "user-id-0";
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private static readonly Dictionary<string, string> StepOne = new() { ["worked"] = "Asked Jean what she missed", ["didnt-work"] = "Rushed the review" };
    private static readonly Dictionary<string, string> StepTwo = new() { ["learning"] = "Slow down", ["application"] = "Book longer reviews" };

    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Typing_exercises_sends_the_menu_card()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "exercises";

        using var response = await _app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("Exercises from the guide", sent.CardText, StringComparison.Ordinal);
        Assert.Contains("Learning log", sent.CardText, StringComparison.Ordinal);
        Assert.Contains(ExerciseVerbs.Intro, CardTexts.Verbs(sent.Card!.Value));
    }

    [Fact]
    public async Task The_learning_log_runs_through_Action_Execute_each_answer_the_next_card()
    {
        var intro = await InvokeAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" });
        var step1 = await PressAsync(intro, "Begin");
        Assert.Contains("Looking back", Text(step1), StringComparison.Ordinal);
        var step2 = await PressAsync(step1, "Next", StepOne);
        Assert.Contains("Looking forward", Text(step2), StringComparison.Ordinal);
        var summary = await PressAsync(step2, "Finish", StepTwo);

        Assert.Contains("your summary", Text(summary), StringComparison.Ordinal);
        Assert.Contains("Book longer reviews", Text(summary), StringComparison.Ordinal);
        var stored = Assert.Single(await Store.ListAsync(Person, "learning-log", null, Token));
        Assert.Equal((ExerciseSessionStatus.Completed, 3L), (stored.Status, stored.Version));
        Assert.Empty(_app.Connector.Sent);
    }

    [Fact]
    public async Task The_learning_log_runs_through_Action_Submit_updating_the_card_in_place()
    {
        var intro = await InvokeAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" });

        var step1 = await SubmitAsync(intro, "Begin");
        Assert.Contains("Looking back", Text(step1), StringComparison.Ordinal);
        var step2 = await SubmitAsync(step1, "Next", StepOne);
        Assert.Contains("Looking forward", Text(step2), StringComparison.Ordinal);
        var summary = await SubmitAsync(step2, "Finish", StepTwo);

        Assert.Contains("your summary", Text(summary), StringComparison.Ordinal);
        Assert.All(_app.Connector.Sent, sent => Assert.Equal(("update", "1795312115868"), (sent.Operation, sent.TargetId)));
        Assert.Equal(3, _app.Connector.Sent.Count);
        var stored = Assert.Single(await Store.ListAsync(Person, "learning-log", null, Token));
        Assert.Equal("Asked Jean what she missed", stored.Answers["worked"]);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
    }

    [Fact]
    public async Task Carry_on_on_the_menu_brings_back_the_step_left_off_with_what_was_typed()
    {
        var step1 = await PressAsync(await InvokeAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" }), "Begin");
        var step2 = await PressAsync(step1, "Next", StepOne);
        await PressAsync(step2, "Save for later", new Dictionary<string, string> { ["learning"] = "Half a thought" });
        var menu = await InvokeAsync(ExerciseVerbs.Menu, []);

        var resumed = await PressAsync(menu, "Carry on");

        Assert.Contains("Looking forward", Text(resumed), StringComparison.Ordinal);
        Assert.Equal("Half a thought", InputValue(resumed, "learning"));
        Assert.Contains("Save for later", CardTexts.Of(resumed));
        var stored = Assert.Single(await Store.ListAsync(Person, "learning-log", null, Token));
        Assert.Equal((ExerciseSessionStatus.InProgress, 1, 3L), (stored.Status, stored.StepIndex, stored.Version));
    }

    [Fact]
    public async Task Carry_on_on_a_menu_drawn_before_the_run_was_finished_opens_the_intro()
    {
        var step1 = await PressAsync(await InvokeAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" }), "Begin");
        var step2 = await PressAsync(step1, "Next", StepOne);
        var menu = await InvokeAsync(ExerciseVerbs.Menu, []);
        await PressAsync(step2, "Finish", StepTwo);

        var intro = await PressAsync(menu, "Carry on");

        Assert.Contains("Begin", CardTexts.Of(intro));
        Assert.Equal(ExerciseSessionStatus.Completed, Assert.Single(await Store.ListAsync(Person, "learning-log", null, Token)).Status);
    }

    [Fact]
    public async Task A_redelivered_Next_invoke_is_applied_once_and_answered_the_same()
    {
        var step1 = await PressAsync(await InvokeAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" }), "Begin");
        var next = Invoke(CardJsonButtons.Find(step1, "Next"), StepOne);

        using var first = await _app.PostActivityAsync(next);
        using var again = await _app.PostActivityAsync(next);

        var firstBody = await first.Content.ReadAsStringAsync(Token);
        Assert.Equal(firstBody, await again.Content.ReadAsStringAsync(Token));
        Assert.Contains("Looking forward", firstBody, StringComparison.Ordinal);
        var stored = Assert.Single(await Store.ListAsync(Person, "learning-log", null, Token));
        Assert.Equal((2L, 1), (stored.Version, stored.StepIndex));
    }

    [Fact]
    public async Task The_same_Next_invoke_delivered_three_times_at_once_is_applied_once()
    {
        var step1 = await PressAsync(await InvokeAsync(ExerciseVerbs.Intro, new JsonObject { ["exercise"] = "learning-log" }), "Begin");
        var next = Invoke(CardJsonButtons.Find(step1, "Next"), StepOne);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _app.PostActivityAsync(next)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var stored = Assert.Single(await Store.ListAsync(Person, "learning-log", null, Token));
        Assert.Equal((2L, 1), (stored.Version, stored.StepIndex));
        Assert.Equal(StepOne["worked"], stored.Answers["worked"]);
    }

    [Fact]
    public async Task Exercise_buttons_in_a_channel_point_to_the_1_1_chat_and_store_nothing()
    {
        var invoke = InChannel(Samples.Fresh("invoke-adaptiveCard_action-personal"));
        invoke["value"]!["action"]!["verb"] = ExerciseVerbs.Begin;
        invoke["value"]!["action"]!["data"] = new JsonObject { ["exercise"] = "learning-log" };
        var submit = InChannel(Samples.Fresh("message-submit-personal"));
        submit["value"] = new JsonObject { ["verb"] = ExerciseVerbs.Begin, ["exercise"] = "learning-log" };

        var body = await BodyOfAsync(invoke);
        await _app.PostActivityAsync(submit);

        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains("1:1 chat", body.GetProperty("value").GetString(), StringComparison.Ordinal);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("1:1 chat", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(Person, null, null, Token));
    }

    [Fact]
    public async Task Typing_exercises_in_a_channel_points_to_the_1_1_chat_when_Teams_will_not_open_it()
    {
        _app.Connector.RefuseCreateConversation = true;
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> exercises";

        using var response = await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("1:1 chat", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Null(sent.Card);
    }

    private IExerciseSessionStore Store => _app.Get<IExerciseSessionStore>();

    private static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));

    private static string? InputValue(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().FirstOrDefault(e => e.TryGetProperty("id", out var found) && found.GetString() == id) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    private async Task<JsonElement> PressAsync(JsonElement card, string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var button = CardJsonButtons.Find(card, title);
        var data = button["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        return await InvokeAsync(button["verb"]!.GetValue<string>(), data);
    }

    private async Task<JsonElement> InvokeAsync(string verb, JsonObject data)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        var body = await BodyOfAsync(invoke);
        Assert.Equal(CardType, body.GetProperty("type").GetString());
        return body.GetProperty("value").Clone();
    }

    private static JsonObject Invoke(JsonObject button, IReadOnlyDictionary<string, string> inputs)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        var data = button["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        invoke["value"]!["action"]!["verb"] = button["verb"]!.GetValue<string>();
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    /// <summary>Presses the button's Action.Submit fallback and returns the card the bot put in place of the old one.</summary>
    private async Task<JsonElement> SubmitAsync(JsonElement card, string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var submit = Samples.Fresh("message-submit-personal");
        submit["value"] = CardJsonButtons.SubmitValue(CardJsonButtons.Find(card, title), inputs);
        var before = _app.Connector.Sent.Count;

        using var response = await _app.PostActivityAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = _app.Connector.Sent.Skip(before).Single();
        Assert.Equal("update", sent.Operation);
        Assert.Equal(submit["replyToId"]!.GetValue<string>(), sent.TargetId);
        return sent.Card!.Value;
    }

    private async Task<JsonElement> BodyOfAsync(JsonObject invoke)
    {
        using var response = await _app.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();
    }

    /// <summary>The activity moved into the team channel of the captured channel sample.</summary>
    private static JsonObject InChannel(JsonObject activity)
    {
        var channel = JsonNode.Parse(Samples.Read("message-channel"))!.AsObject();
        activity["conversation"] = channel["conversation"]!.DeepClone();
        activity["channelData"] = channel["channelData"]!.DeepClone();
        return activity;
    }
}
