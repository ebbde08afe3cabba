using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>Everyday phrasings reach their command; a long message is offered to the learning log, kept only on Save.</summary>
public sealed class PhrasingTests : IDisposable
{
    private const string Reflection =
        "Today Mrs B told me she wants to get back to the lunch club on Thursdays. I nearly booked the usual transport, "
        + "then asked her what mattered about it: it is seeing her sister there. We are going to ask her sister to pick her up instead.";

    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("check in please")]
    [InlineData("Check in")]
    [InlineData("can I do a check-in?")]
    [InlineData("Hi, check in please!")]
    public async Task Ways_of_asking_for_a_check_in_bring_the_check_in_card(string text)
    {
        var sent = await SayAsync(text);

        Assert.Contains(CheckInVerbs.Submit, CardTexts.Verbs(sent.Card!.Value));
    }

    [Theory]
    [InlineData("my log")]
    [InlineData("show me my log please")]
    [InlineData("open my learning log")]
    public async Task Ways_of_asking_for_the_log_bring_the_learning_log(string text)
    {
        Assert.Contains("Learning log: my entries", (await SayAsync(text)).CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("Thank you!")]
    [InlineData("ok thanks")]
    [InlineData("cheers")]
    public async Task Thanks_gets_a_friendly_answer_not_a_puzzled_one(string text)
    {
        var sent = await SayAsync(text);

        Assert.Contains("You're welcome", sent.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_unknown_message_still_points_to_help_without_markdown_marks()
    {
        var sent = await SayAsync("what is the weather");

        Assert.Contains("didn't understand", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Null(sent.Card);
    }

    [Fact]
    public async Task A_long_message_is_offered_to_the_learning_log_and_nothing_is_kept_before_Save()
    {
        Assert.True(Reflection.Length > 200);
        var offer = await SayAsync(Reflection);

        Assert.Contains("Keep this in your learning log?", offer.CardText, StringComparison.Ordinal);
        Assert.Contains(Reflection, offer.CardText, StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync());
    }

    [Fact]
    public async Task Save_keeps_the_note_as_a_dated_log_entry_and_neither_the_answer_nor_its_redelivery_repeats_it()
    {
        var offer = (await SayAsync(Reflection)).Card!.Value;
        var save = CardJsonButtons.Find(offer, "Save to my log");
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = save["verb"]!.GetValue<string>();
        var data = save["data"]!.DeepClone().AsObject();
        data["note"] = Reflection;
        invoke["value"]!["action"]!["data"] = data;

        var first = await PostAsync(invoke);
        var again = await PostAsync(invoke);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(Reflection, entry.Answers["note"]);
        Assert.Contains("Saved to your learning log", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Mrs B", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Mrs B", again, StringComparison.Ordinal);
        Assert.Contains(Reflection[..40], (await SayAsync("my log")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_thanks_keeps_nothing()
    {
        var offer = (await SayAsync(Reflection)).Card!.Value;
        var button = CardJsonButtons.Find(offer, "No thanks");

        var answer = await _app.InvokeCardAsync(button["verb"]!.GetValue<string>(), button["data"]!.DeepClone().AsObject());

        Assert.Contains("Not saved", string.Join('\n', CardTexts.Of(answer)), StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync());
    }

    [Fact]
    public async Task A_long_message_in_a_channel_is_not_offered_to_anyone_s_log()
    {
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> " + Reflection;

        await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Null(sent.Card);
        Assert.Empty(await EntriesAsync());
    }

    private async Task<SentActivity> SayAsync(string text)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;
        var before = _app.Connector.Sent.Count;
        await _app.PostActivityAsync(message);
        return Assert.Single(_app.Connector.Sent.Skip(before));
    }

    private async Task<string> PostAsync(JsonObject invoke)
    {
        using var response = await _app.PostActivityAsync(invoke);
        return await response.Content.ReadAsStringAsync(Token);
    }

    private Task<IReadOnlyList<ExerciseSession>> EntriesAsync() =>
        _app.Get<IExerciseSessionStore>().ListAsync("user-id-0", "learning-log", null, Token);
}
