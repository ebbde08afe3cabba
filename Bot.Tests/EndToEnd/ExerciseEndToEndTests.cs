using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// Exercises in the Agents Playground: the learning log pressed as Action.Execute (the next card comes back in the
/// invoke answer; nothing is pushed), supported leadership as Action.Submit (the bot updates the card; the Playground
/// pushes updateMessage), and a half-done learning log resumed.
/// </summary>
[Slow]
public sealed class ExerciseEndToEndTests(OutcomesBotFixture fixture) : IClassFixture<OutcomesBotFixture>
{
    private static readonly Dictionary<string, string> StepOne = new() { ["worked"] = "Asked Jean what she missed", ["didnt-work"] = "Rushed the review" };
    private static readonly Dictionary<string, string> StepTwo = new() { ["learning"] = "Slow down", ["application"] = "Book longer reviews" };

    private PlaygroundClient Playground => fixture.Playground;

    private IExerciseSessionStore Store => fixture.Services.GetRequiredService<IExerciseSessionStore>();

    private const string LearningLog = "learning-log";
    private const string SupportedLeadership = "supported-leadership";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_learning_log_is_completed_with_Action_Execute()
    {
        var completedBefore = await CompletedCountAsync();
        var menu = await MenuAsync();

        var intro = await ExecuteAsync(menu, "Open", forExercise: LearningLog);
        var step1 = await ExecuteAsync(intro, "Begin");
        Assert.Contains("Looking back", step1.AllText, StringComparison.Ordinal);
        var step2 = await ExecuteAsync(step1, "Next", StepOne);
        Assert.Contains("Looking forward", step2.AllText, StringComparison.Ordinal);
        var summary = await ExecuteAsync(step2, "Finish", StepTwo);

        Assert.Contains("your summary", summary.AllText, StringComparison.Ordinal);
        Assert.Contains("Asked Jean what she missed", summary.AllText, StringComparison.Ordinal);
        Assert.Equal(completedBefore + 1, await CompletedCountAsync());
    }

    [Fact]
    public async Task Supported_leadership_is_completed_with_Action_Submit_and_the_card_is_updated_in_place()
    {
        var completedBefore = await CompletedCountAsync(SupportedLeadership);
        var menu = await MenuAsync();

        var intro = await SubmitAsync(menu, "Open", forExercise: SupportedLeadership);
        Assert.Equal(menu.MessageId, intro.MessageId);
        var need1 = await SubmitAsync(intro, "Begin");
        Assert.Contains("Supported leadership · step 1", need1.AllText, StringComparison.Ordinal);
        var need2 = await SubmitAsync(need1, "Next", new Dictionary<string, string>
        {
            ["support-1"] = "A mentor outside my service",
            ["from-1"] = "Another team leader",
            ["by-1"] = "2027-03-01",
            ["another-1"] = "true",
        });
        Assert.Contains("Supported leadership · step 2", need2.AllText, StringComparison.Ordinal);
        var summary = await SubmitAsync(need2, "Next", new Dictionary<string, string>
        {
            ["support-2"] = "Protected time to reflect",
            ["from-2"] = "My manager",
            ["by-2"] = "2026-12-15",
            ["another-2"] = "false",
        });

        Assert.Equal(menu.MessageId, summary.MessageId);
        Assert.Contains("your summary", summary.AllText, StringComparison.Ordinal);
        Assert.True(
            summary.AllText.IndexOf("Protected time to reflect", StringComparison.Ordinal) < summary.AllText.IndexOf("A mentor outside my service", StringComparison.Ordinal),
            "The summary lists the soonest need first.");
        Assert.Equal(completedBefore + 1, await CompletedCountAsync(SupportedLeadership));
    }

    [Fact]
    public async Task A_half_done_learning_log_is_saved_for_later_and_resumed_on_step_two()
    {
        var step1 = await ExecuteAsync(await ExecuteAsync(await MenuAsync(), "Open", forExercise: LearningLog), "Begin");
        var step2 = await ExecuteAsync(step1, "Next", StepOne);
        var saved = await ExecuteAsync(step2, "Save for later", new Dictionary<string, string> { ["learning"] = "Half a thought" });
        Assert.Contains("Saved for later", saved.AllText, StringComparison.Ordinal);

        var menu = await MenuAsync();
        Assert.Contains("In progress", menu.AllText, StringComparison.Ordinal);
        var resumed = await ExecuteAsync(menu, "Carry on", forExercise: LearningLog);

        Assert.Contains("Looking forward", resumed.AllText, StringComparison.Ordinal);
        Assert.Equal("Half a thought", InputValue(resumed, "learning"));
        var stored = await Store.FindInProgressAsync(Playground.Config.CurrentUserId, "learning-log", Token);
        Assert.Equal(1, stored?.StepIndex);
        Assert.Equal(StepOne["worked"], stored?.Answers["worked"]);
        Assert.Equal(StepOne["didnt-work"], stored?.Answers["didnt-work"]);

        // Leave no run in progress for the other tests of this class.
        var confirm = await ExecuteAsync(resumed, "Stop");
        Assert.Contains("stopped", (await ExecuteAsync(confirm, "Stop and delete")).AllText, StringComparison.Ordinal);
    }

    /// <summary>Types <c>exercises</c> and returns the menu card the bot posted: a message the Playground holds.</summary>
    private async Task<PlaygroundMessage> MenuAsync()
    {
        var sent = await Playground.SendTextAsync(Playground.Config.PersonalChatId, "exercises", Token);
        return await Playground.WaitForBotMessageAsync(
            sent.ReplyConversationId, sent.Cursor, m => m.AllText.Contains("Exercises from the guide", StringComparison.Ordinal), Token);
    }

    /// <summary>
    /// Presses an Action.Execute button. The Playground answers with the bot's card but pushes nothing, so the
    /// card that comes back is put on the same message (as Teams shows it) to press its buttons next.
    /// </summary>
    private async Task<PlaygroundMessage> ExecuteAsync(PlaygroundMessage card, string title, IReadOnlyDictionary<string, string>? inputs = null, string? forExercise = null)
    {
        var button = Button(card, title, forExercise);
        var data = button.Data?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        var result = await Playground.ExecuteAsync(card, button with { Data = data }, Token);

        Assert.True(result.StatusCode == HttpStatusCode.OK, $"{title}: {(int)result.StatusCode} {result.Body?.ToJsonString()}");
        Assert.Equal(InvokeResult.CardType, result.Type);
        var attachment = new JsonObject { ["contentType"] = InvokeResult.CardType, ["content"] = result.Value!.DeepClone() };
        var message = card.Message.DeepClone().AsObject();
        message["attachments"] = new JsonArray(attachment);
        return card with { Message = message };
    }

    /// <summary>Presses the Action.Submit fallback of a button and returns the card the Playground pushed as updateMessage.</summary>
    private async Task<PlaygroundMessage> SubmitAsync(PlaygroundMessage card, string title, IReadOnlyDictionary<string, string>? inputs = null, string? forExercise = null)
    {
        var value = SubmitData(card, title, forExercise);
        foreach (var (key, text) in inputs ?? new Dictionary<string, string>())
        {
            value[key] = text;
        }

        var cursor = await Playground.SubmitAsync(card, value, Token);

        var updated = await Playground.WaitForBotMessageAsync(card.CardConversationId, cursor, m => m.Action == PlaygroundMessage.UpdateMessage, Token);
        Assert.Equal(card.MessageId, updated.MessageId);
        return updated;
    }

    /// <summary>The button with that title; on the menu, where every exercise has an "Open", the one for <paramref name="forExercise"/>.</summary>
    private static CardButton Button(PlaygroundMessage card, string title, string? forExercise)
    {
        var button = card.ExecuteActions().FirstOrDefault(b => b.Title == title && (forExercise is null || (string?)b.Data?["exercise"] == forExercise));
        Assert.True(button is not null, $"No button \"{title}\" on the card:\n{card.AllText}");
        return button;
    }

    /// <summary>The data of the button's Action.Submit fallback: its Action.Execute data plus the verb.</summary>
    private static JsonObject SubmitData(PlaygroundMessage card, string title, string? forExercise)
    {
        var fallback = card.Cards.SelectMany(Descendants).OfType<JsonObject>()
            .FirstOrDefault(o => (string?)o["type"] == "Action.Execute" && (string?)o["title"] == title
                && (forExercise is null || (string?)o["data"]?["exercise"] == forExercise))?["fallback"];
        Assert.True(fallback is JsonObject, $"No button \"{title}\" with a fallback on the card:\n{card.AllText}");
        return fallback["data"]!.DeepClone().AsObject();
    }

    private static string? InputValue(PlaygroundMessage card, string id) =>
        card.Cards.SelectMany(Descendants).OfType<JsonObject>()
            .Where(o => (string?)o["id"] == id && ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(o => (string?)o["value"]).FirstOrDefault();

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => [obj, .. obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)],
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants),
        _ => [node],
    };

    private async Task<int> CompletedCountAsync(string exerciseId = LearningLog) =>
        (await Store.ListAsync(Playground.Config.CurrentUserId, exerciseId, ExerciseSessionStatus.Completed, Token)).Count;
}
