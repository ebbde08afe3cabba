using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>"my data" through the real host: the card, the single-use download, delete, and forged card data.</summary>
public sealed class MyDataTurnTests : IDisposable
{
    // The sender of the captured personal-chat samples.
    internal static readonly PersonalDataSeed Sender = new("user-id-0", "00000000-0000-0000-0000-0000000000020", "9d04fb34-e1ad-4a99-88e9-9178312c341a", "SENDER-WROTE-THIS");
    private static readonly PersonalDataSeed Other = PersonalDataSeed.Blake;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly BotAppFactory _app;

    public MyDataTurnTests() =>
        _app = new BotAppFactory(configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Typing_my_data_shows_what_is_kept_and_why_with_download_and_delete()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "my data";

        await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("What I keep about you, and why", sent.CardText, StringComparison.Ordinal);
        Assert.Contains("2 years", sent.CardText, StringComparison.Ordinal);
        Assert.Equal([MyDataVerbs.Download, MyDataVerbs.Delete], CardTexts.Verbs(sent.Card!.Value).Distinct());
    }

    [Fact]
    public async Task In_a_channel_my_data_points_to_the_1_1_chat_when_Teams_will_not_open_it()
    {
        _app.Connector.RefuseCreateConversation = true;
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> my data";

        await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("1:1 chat", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Null(sent.Card);
    }

    [Fact]
    public async Task The_download_link_gives_the_senders_data_as_a_JSON_file_once_then_404()
    {
        await SeedAsync();
        var link = await DownloadLinkAsync([]);
        using var client = _app.CreateClient();

        // The landing page's button POSTs to the link itself (MyDataLinkTests covers the GET).
        using var first = await client.PostAsync(link, content: null, Token);
        var body = await first.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment; filename=outcomesbot-my-data.json", first.Content.Headers.ContentDisposition!.ToString());
        Assert.True(first.Headers.CacheControl!.NoStore);
        var export = JsonNode.Parse(body)!;
        Assert.Equal(Sender.TeamsUserId, export["teamsUserId"]!.GetValue<string>());
        Assert.Contains(Sender.Marker, export["sources"]!["checkIns"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Other.Marker, body, StringComparison.Ordinal);

        using var second = await client.PostAsync(link, content: null, Token);
        var notFound = await second.Content.ReadAsStringAsync(Token);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(MyDataDownloadEndpoint.NotFoundText, notFound);
        Assert.DoesNotContain(Sender.TeamsUserId, notFound, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_past_its_ten_minutes_and_an_unknown_token_get_404()
    {
        await SeedAsync();
        var link = await DownloadLinkAsync([]);
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        using var client = _app.CreateClient();

        using var expired = await client.PostAsync(link, content: null, Token);
        using var unknown = await client.PostAsync("/my-data/made-up-token", content: null, Token);

        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(MyDataDownloadEndpoint.NotFoundText, await expired.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Forged_ids_in_the_download_data_still_export_only_the_sender()
    {
        await SeedAsync();
        var link = await DownloadLinkAsync(Forged());
        using var client = _app.CreateClient();

        using var response = await client.PostAsync(link, content: null, Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Contains(Sender.Marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Other.Marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Other.TeamsUserId, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_asks_first_then_removes_the_senders_data_and_lists_what_went()
    {
        await SeedAsync();

        var confirm = await InvokeAsync(MyDataVerbs.Delete, []);
        Assert.Contains("Delete your data?", Text(confirm), StringComparison.Ordinal);
        Assert.Single(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Sender.TeamsUserId, Token));

        var button = CardJsonButtons.Find(confirm, "Yes, delete my data");
        var done = await InvokeAsync(button["verb"]!.GetValue<string>(), []);

        Assert.Contains("Your data is deleted", Text(done), StringComparison.Ordinal);
        Assert.Contains("Check-in answers and preferences", Text(done), StringComparison.Ordinal);
        Assert.Empty(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Sender.TeamsUserId, Token));
        Assert.Single(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Other.TeamsUserId, Token));
    }

    [Fact]
    public async Task Delete_lists_only_what_it_removed_and_in_plain_words_never_a_storage_name()
    {
        await SeedAsync();
        await _app.Get<IStoryStore>().TryAddAsync(new Story
        {
            StoryId = "story-1", TeamId = "team-1", TenantId = "tenant-1", ChannelId = "19:general", AuthorAadObjectId = Sender.AadObjectId,
            AuthorName = "Sender", Title = "Back on the bus", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"],
            PostedAt = _clock.GetUtcNow(),
        }, Token);

        var button = CardJsonButtons.Find(await InvokeAsync(MyDataVerbs.Delete, []), "Yes, delete my data");
        var done = await InvokeAsync(button["verb"]!.GetValue<string>(), []);

        var facts = Facts(done);
        Assert.Contains(facts, fact => fact.Title == "Check-in answers and preferences");
        Assert.Contains(facts, fact => fact.Title.StartsWith("Your name on stories", StringComparison.Ordinal));
        var storageNames = _app.Services.GetServices<IPersonalDataSource>().Select(source => source.Name).ToList();
        Assert.DoesNotContain(facts, fact => storageNames.Contains(fact.Title) || fact.Title == "Other records");
        Assert.DoesNotContain(facts, fact => fact.Value == "0");
    }

    [Fact]
    public async Task Keep_my_data_deletes_nothing()
    {
        await SeedAsync();

        var kept = await InvokeAsync(MyDataVerbs.Open, []);

        Assert.Contains("Nothing has been deleted", Text(kept), StringComparison.Ordinal);
        Assert.Single(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Sender.TeamsUserId, Token));
    }

    [Fact]
    public async Task A_forged_delete_with_another_persons_ids_deletes_only_the_sender()
    {
        await SeedAsync();
        var before = await _app.Get<PersonalDataControl>().ExportAsync(Other.Identity, Token);

        await InvokeAsync(MyDataVerbs.ConfirmDelete, Forged());
        var submit = Samples.Fresh("message-submit-personal");
        submit["value"] = new JsonObject(Forged().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))) { ["verb"] = MyDataVerbs.ConfirmDelete };
        await _app.PostActivityAsync(submit);

        var after = await _app.Get<PersonalDataControl>().ExportAsync(Other.Identity, Token);
        Assert.Equal(Comparable(before), Comparable(after));
        Assert.NotNull(after["sources"]!["outbox"]);
        Assert.Empty(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Sender.TeamsUserId, Token));
    }

    [Fact]
    public async Task A_delete_pressed_in_a_channel_deletes_nothing()
    {
        await SeedAsync();
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["conversation"]!["conversationType"] = "channel";
        invoke["conversation"]!["isGroup"] = true;
        invoke["value"]!["action"]!["verb"] = MyDataVerbs.ConfirmDelete;

        using var response = await _app.PostActivityAsync(invoke);

        Assert.Contains("1:1 chat", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Single(await _app.Get<ICheckInStore>().ListAnswersForPersonAsync(Sender.TeamsUserId, Token));
    }

    [Fact]
    public async Task A_stored_card_answer_is_exported_as_the_card_not_its_packed_form()
    {
        await SeedAsync();
        var menu = await InvokeAsync("exercises.open", []);

        var export = await _app.Get<PersonalDataControl>().ExportAsync(Sender.Identity, Token);

        var replies = export["sources"]!["conversations"]!["storedReplies"]!.AsArray();
        Assert.Contains(replies, reply => reply!["response"] is JsonObject response
            && JsonNode.DeepEquals(JsonNode.Parse(menu.GetRawText()), response["body"]?["value"]));
        Assert.DoesNotContain("\"br:", export.ToJsonString(), StringComparison.Ordinal);
    }

    internal static JsonObject Forged() => new()
    {
        ["teamsUserId"] = Other.TeamsUserId,
        ["personId"] = Other.TeamsUserId,
        ["userId"] = Other.TeamsUserId,
        ["aadObjectId"] = Other.AadObjectId,
        ["from"] = new JsonObject { ["id"] = Other.TeamsUserId, ["aadObjectId"] = Other.AadObjectId },
    };

    // The export time differs, and the delivery job may try the queued card meanwhile (its status changes).
    private static string Comparable(JsonObject export)
    {
        var copy = export.DeepClone().AsObject();
        copy.Remove("exportedAt");
        copy["sources"]!.AsObject().Remove("outbox");
        return copy.ToJsonString();
    }

    private async Task SeedAsync()
    {
        await Sender.WriteAsync(_app.Services, _clock.GetUtcNow(), Token);
        await Other.WriteAsync(_app.Services, _clock.GetUtcNow(), Token);
    }

    internal async Task<string> DownloadLinkAsync(JsonObject data)
    {
        var card = await InvokeAsync(MyDataVerbs.Download, data);
        Assert.Contains("Your download is ready", Text(card), StringComparison.Ordinal);
        // The card names both things its page offers, not only the file a care worker may have no use for.
        Assert.Contains("readable page you can print", Text(card), StringComparison.Ordinal);
        var open = FindOpenUrl(card);
        var url = new Uri(open);
        Assert.StartsWith("/my-data/", url.AbsolutePath, StringComparison.Ordinal);
        return url.PathAndQuery;
    }

    private static string FindOpenUrl(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!;

    private static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));

    private static List<(string Title, string Value)> Facts(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(set => set.GetProperty("facts").EnumerateArray())
            .Select(fact => (fact.GetProperty("title").GetString()!, fact.GetProperty("value").GetString()!)).ToList();

    private async Task<JsonElement> InvokeAsync(string verb, JsonObject data)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        using var response = await _app.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();
        return body.GetProperty("value").Clone();
    }
}
