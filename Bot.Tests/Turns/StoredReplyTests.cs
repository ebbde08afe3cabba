using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The answer kept for Teams' redelivery holds no secret and goes only to the person it was for (issue 12, point 7).</summary>
public sealed class StoredReplyTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_download_link_is_neither_stored_nor_replayed()
    {
        var invoke = Invoke(MyDataVerbs.Download, []);

        var first = await BodyAsync(invoke);
        var replayed = await BodyAsync(invoke);

        Assert.Contains("/my-data/", first, StringComparison.Ordinal);
        Assert.DoesNotContain("/my-data/", replayed, StringComparison.Ordinal);
        Assert.Equal(StoredReply.PrivateNotKept, JsonDocument.Parse(replayed).RootElement.GetProperty("value").GetString());
        Assert.DoesNotContain(await StoredRepliesAsync(), reply => reply.Contains("/my-data/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_draft_with_its_identifying_details_highlighted_is_neither_stored_nor_replayed()
    {
        await using var bot = await StoryBot.CreateAsync();
        const string Named = "Margaret Thompson";
        var draft = new Dictionary<string, string>
        {
            [StoryDraft.TitleKey] = "Back home",
            [StoryDraft.MatteredKey] = $"{Named} wanted to feel safe at home, 14 Acacia Avenue.",
        };
        var invoke = Invoke(StoryVerbs.Check, new JsonObject(draft.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))));
        invoke["from"]!["aadObjectId"] = StoryBot.AlexAad;

        var first = await BodyAsync(invoke, bot.App);
        var replayed = await BodyAsync(invoke, bot.App);

        Assert.Contains(Named, first, StringComparison.Ordinal);
        Assert.DoesNotContain(Named, replayed, StringComparison.Ordinal);
        Assert.DoesNotContain(await StoredRepliesAsync(bot.App), reply => reply.Contains(Named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_members_learning_set_answer_checked_in_the_channel_is_neither_stored_nor_replayed()
    {
        // Decision 058: the answer to a press in a channel is the presser's (decision 050); kept for a redelivery it sat
        // under the channel's conversation, where the member's "delete my data" (their 1:1 chat's replies) never looked.
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = Assert.Single(await bot.App.Get<ILearningSetStore>().ListForTeamAsync(StoryBot.TeamId, TestContext.Current.CancellationToken));
        const string Named = "Mrs Edna Jones at 14 Elm Street";
        var answer = LearningSetTurnTests.Answer(set.SetId, 1, $"{Named} refused her insulin again");
        answer["showName"] = "false";
        var invoke = Invoke(LearningSetVerbs.Answer, new JsonObject(answer.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))));
        invoke["from"] = new JsonObject { ["id"] = StoryBot.TeamsIdOf(StoryBot.RobinAad), ["name"] = "Robin Cole", ["aadObjectId"] = StoryBot.RobinAad };
        invoke["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = "00000000-0000-0000-0000-0000000000001", ["id"] = StoryBot.Channel };
        invoke["channelData"] = JsonNode.Parse("""{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"},"team":{"id":"team-id"},"channel":{"id":"team-id"}}""");

        var first = await BodyAsync(invoke, bot.App);
        var replayed = await BodyAsync(invoke, bot.App);
        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.RobinAad), TestContext.Current.CancellationToken);

        Assert.Contains(Named, first, StringComparison.Ordinal);
        Assert.DoesNotContain(Named, replayed, StringComparison.Ordinal);
        Assert.DoesNotContain(await StoredRepliesAsync(bot.App), reply => reply.Contains(Named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redelivery_from_someone_else_does_not_get_the_stored_answer()
    {
        var invoke = Invoke("help.show", []);
        var first = await BodyAsync(invoke);
        var forged = invoke.DeepClone();
        forged["from"]!["id"] = "user-id-someone-else";

        var replayed = await BodyAsync(forged);
        var same = await BodyAsync(invoke);

        Assert.Contains("What I can do", first, StringComparison.Ordinal);
        Assert.DoesNotContain("What I can do", replayed, StringComparison.Ordinal);
        Assert.Equal(MessagesEndpointHandler.AlreadyAnswered, JsonDocument.Parse(replayed).RootElement.GetProperty("value").GetString());
        Assert.Equal(first, same);
    }

    [Fact]
    public async Task A_card_answer_is_kept_packed_in_under_a_database_page_and_a_redelivery_gets_it_whole()
    {
        var invoke = Invoke("exercises.open", []);

        var first = await BodyAsync(invoke);
        var replayed = await BodyAsync(invoke);
        var stored = await RawStoredRepliesAsync();

        Assert.Contains("adaptive", first, StringComparison.OrdinalIgnoreCase);
        Assert.True(first.Length > 4096, $"the menu answer is {first.Length} characters; this test needs one bigger than a page");
        Assert.Equal(first, replayed);
        Assert.All(stored, raw => Assert.True(raw.Length < 3000, $"a stored reply of {raw.Length} characters spills out of its row"));
    }

    [Fact]
    public async Task A_reply_stored_as_plain_json_before_packing_still_replays()
    {
        var invoke = Invoke("exercises.open", []);
        var first = await BodyAsync(invoke);
        var plain = Assert.Single(await StoredRepliesAsync());
        await _app.Get<SqliteDatabase>().ExecuteAsync(
            "UPDATE processed_activities SET response = $r WHERE response IS NOT NULL;", command => command.With("$r", plain), TestContext.Current.CancellationToken);

        var replayed = await BodyAsync(invoke);

        Assert.Equal(first, replayed);
        Assert.Equal(plain, Assert.Single(await RawStoredRepliesAsync()));
    }

    private Task<IReadOnlyList<string>> RawStoredRepliesAsync() =>
        _app.Get<SqliteDatabase>().QueryListAsync(
            "SELECT response FROM processed_activities WHERE response IS NOT NULL;", _ => { }, reader => reader.GetString(0), TestContext.Current.CancellationToken);

    private static JsonObject Invoke(string verb, JsonObject data)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    private async Task<string> BodyAsync(JsonNode activity, BotAppFactory? app = null)
    {
        using var response = await (app ?? _app).PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<string>> StoredRepliesAsync(BotAppFactory? app = null)
    {
        var replies = await (app ?? _app).Get<SqliteDatabase>().QueryListAsync(
            "SELECT response FROM processed_activities WHERE response IS NOT NULL;", _ => { }, reader => StoredReplyPacking.Unpack(reader.GetString(0)) ?? string.Empty, TestContext.Current.CancellationToken);
        Assert.NotEmpty(replies);
        return replies;
    }
}
