using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Sharing;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A finished exercise stays private until its owner picks a channel of a team they are in, passes the identifying-details
/// check, sees the preview and presses Post; the post goes through the outbox once, and its author can take it down.
/// </summary>
public sealed class ExerciseSharingTests
{
    private const string Alex = "user-id-0";
    private const string Margaret = "Margaret Thompson (DOB 03/04/1941, 14 Acacia Avenue, EH12 9DN) wants to feel safe at home";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sharing_previews_then_posts_through_the_outbox_once_however_often_Post_is_pressed()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Staff);
        var session = await FinishedProgressChartAsync(bot, "Walking to the shop again");

        var picker = await bot.PressAsync(ExerciseVerbs.SharePick, Data(session));
        Assert.Contains("\"value\":\"team-id\"", picker.GetRawText(), StringComparison.Ordinal);
        var preview = await bot.PressAsync(ExerciseVerbs.Share, Data(session, ("destination", "team-id")));
        Assert.Contains("Preview: this is exactly what will be posted in My Team › General", StoryBot.Text(preview), StringComparison.Ordinal);
        Assert.Null(await ShareRowAsync(bot, session));

        var post = StoryBot.DataOf(preview, "Post");
        var done = await bot.PressAsync(ExerciseVerbs.SharePost, post);
        await bot.PressAsync(ExerciseVerbs.SharePost, post);

        Assert.Contains("on its way to My Team › General", StoryBot.Text(done), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, (await ShareRowAsync(bot, session))!.Status);
        Assert.Empty(bot.App.Connector.Sent);
        await bot.DrainAsync();
        var sent = Assert.Single(bot.App.Connector.Sent);
        Assert.Equal(("send", "team-id"), (sent.Operation, sent.ConversationId));
        Assert.Contains("Alex Wilber shared a summary: What difference has it made?", sent.CardText, StringComparison.Ordinal);
        Assert.Contains("Walking to the shop again", sent.CardText, StringComparison.Ordinal);
        Assert.NotNull((await Store(bot).GetAsync(Alex, session.SessionId, Token))?.SharedAt);
    }

    [Fact]
    public async Task Identifying_details_stop_the_share_at_the_check_and_nothing_reaches_the_outbox_unconfirmed()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var session = await FinishedProgressChartAsync(bot, Margaret);

        var checkedCard = await bot.PressAsync(ExerciseVerbs.Share, Data(session, ("destination", "team-id")));
        var skippedCheck = await bot.PressAsync(ExerciseVerbs.SharePost, Data(session, ("destination", "team-id")));

        foreach (var card in new[] { checkedCard, skippedCheck })
        {
            var text = StoryBot.Text(card);
            Assert.Contains("Some words look as if they could identify someone", text, StringComparison.Ordinal);
            Assert.Contains("\"Margaret Thompson\" looks like", text, StringComparison.Ordinal);
            Assert.Contains("\"14 Acacia Avenue\" looks like", text, StringComparison.Ordinal);
            Assert.Contains("\"EH12 9DN\" looks like", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Preview:", text, StringComparison.Ordinal);
        }

        Assert.Null(await ShareRowAsync(bot, session));
        await bot.DrainAsync();
        Assert.Empty(bot.App.Connector.Sent);

        // Confirming is the author's call, and still goes through the preview first.
        var preview = await bot.PressAsync(ExerciseVerbs.Share, With(StoryBot.DataOf(checkedCard, "Nothing here identifies anyone, continue"), "destination", "team-id"));
        Assert.Contains("Preview:", StoryBot.Text(preview), StringComparison.Ordinal);
        Assert.Null(await ShareRowAsync(bot, session));
        await bot.PressAsync(ExerciseVerbs.SharePost, StoryBot.DataOf(preview, "Post"));
        Assert.NotNull(await ShareRowAsync(bot, session));
    }

    [Fact]
    public async Task The_author_takes_a_sent_share_down_and_the_bot_deletes_the_channel_message()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var (session, done) = await PostedAsync(bot, "Walking to the shop again");
        await bot.DrainAsync();
        var activityId = (await ShareRowAsync(bot, session))!.SentActivityId;

        var takenDown = await bot.PressAsync(ExerciseVerbs.ShareWithdraw, StoryBot.DataOf(done, "Take it down"));

        Assert.Contains("removed from the channel", StoryBot.Text(takenDown), StringComparison.Ordinal);
        var delete = Assert.Single(bot.App.Connector.Sent, s => s.Operation == "delete");
        Assert.Equal(($"team-id;messageid={activityId}", activityId), (delete.ConversationId, delete.TargetId));
        Assert.Null((await Store(bot).GetAsync(Alex, session.SessionId, Token))?.SharedAt);
    }

    [Fact]
    public async Task A_share_taken_down_before_it_went_is_never_posted()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Staff);
        var (session, done) = await PostedAsync(bot, "Walking to the shop again");

        var takenDown = await bot.PressAsync(ExerciseVerbs.ShareWithdraw, StoryBot.DataOf(done, "Take it down"));
        await bot.DrainAsync();

        Assert.Contains("now it won't be", StoryBot.Text(takenDown), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Skipped, (await ShareRowAsync(bot, session))!.Status);
        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task A_share_still_waiting_when_its_author_deletes_their_data_is_never_posted()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Staff);
        var (session, _) = await PostedAsync(bot, "Walking to the shop again");

        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(Alex, StoryBot.AlexAad), Token);
        await bot.DrainAsync();

        Assert.Null(await ShareRowAsync(bot, session));
        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task Nobody_can_take_down_someone_elses_share()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var (session, done) = await PostedAsync(bot, "Walking to the shop again");
        await bot.DrainAsync();

        var card = await bot.PressAsync(ExerciseVerbs.ShareWithdraw, StoryBot.DataOf(done, "Take it down"), aad: StoryBot.SamAad);

        Assert.Contains("Something isn't right", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.Operation == "delete");
    }

    [Fact]
    public async Task Only_channels_of_teams_the_person_is_in_are_offered_and_a_tampered_channel_is_refused()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        await bot.App.Get<ITeamStore>().SyncRosterAsync(StoryBot.TeamId, [], Token);
        var session = await FinishedProgressChartAsync(bot, "Walking to the shop again");

        var picker = await bot.PressAsync(ExerciseVerbs.SharePick, Data(session));
        var tampered = await bot.PressAsync(ExerciseVerbs.SharePost, Data(session, ("destination", "team-id")));

        Assert.Contains("not in any team channel yet", StoryBot.Text(picker), StringComparison.Ordinal);
        Assert.DoesNotContain("My Team", picker.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("on its way", StoryBot.Text(tampered), StringComparison.Ordinal);
        Assert.Null(await ShareRowAsync(bot, session));
    }

    [Fact]
    public async Task Nobody_can_share_someone_elses_summary()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var session = await FinishedProgressChartAsync(bot, "Walking to the shop again", personId: "user-id-1");

        var card = await bot.PressAsync(ExerciseVerbs.SharePost, Data(session, ("destination", "team-id")));

        Assert.Contains("Something isn't right", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Null(await ShareRowAsync(bot, session));
    }

    [Fact]
    public async Task Outcomes_basics_scores_are_never_shared()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var session = await FinishedAsync(bot, "outcomes-basics", new Dictionary<string, string>(), Alex);

        var summary = await bot.PressAsync(ExerciseVerbs.Summary, Data(session));
        var card = await bot.PressAsync(ExerciseVerbs.SharePost, Data(session, ("destination", "team-id")));

        Assert.DoesNotContain("Share with my team", summary.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("is not shared", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Null(await ShareRowAsync(bot, session));
    }

    [Fact]
    public async Task What_people_wrote_is_posted_as_plain_text()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var (session, _) = await PostedAsync(bot, "**Big** win [click](https://evil.example) <b>x</b>\u202Egnirts");
        await bot.DrainAsync();

        var text = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.Contains(@"\*\*Big\*\* win \[click\](https://evil.example) \<b>x\</b>gnirts", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Data(ExerciseSession session, params (string Key, string Value)[] extra) => Data(session, extra.ToDictionary(e => e.Key, e => e.Value));

    private static Dictionary<string, string> Data(ExerciseSession session, IReadOnlyDictionary<string, string> extra)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["exercise"] = session.ExerciseId, ["session"] = session.SessionId, ["step"] = "0", ["version"] = "1",
        };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        return data;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> data, string key, string value) => new(data) { [key] = value };

    private static IExerciseSessionStore Store(StoryBot bot) => bot.App.Get<IExerciseSessionStore>();

    private static Task<OutboxMessage?> ShareRowAsync(StoryBot bot, ExerciseSession session) =>
        bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor($"share:{session.SessionId}:1", "team-id", OutboxSummaryPublisher.Kind), Token);

    /// <summary>A finished progress chart about <paramref name="text"/>, previewed and posted to the team channel (not yet drained).</summary>
    private static async Task<(ExerciseSession Session, JsonElement Done)> PostedAsync(StoryBot bot, string text)
    {
        var session = await FinishedProgressChartAsync(bot, text);
        var preview = await bot.PressAsync(ExerciseVerbs.Share, Data(session, ("destination", "team-id")));
        return (session, await bot.PressAsync(ExerciseVerbs.SharePost, StoryBot.DataOf(preview, "Post")));
    }

    private static Task<ExerciseSession> FinishedProgressChartAsync(StoryBot bot, string outcome, string personId = Alex) =>
        FinishedAsync(bot, "progress-chart", new Dictionary<string, string>
        {
            ["outcome"] = outcome, ["steps"] = "Weekly visits", ["person-says"] = "Feels more confident", ["differences"] = "Choice", ["enablers"] = "Time",
        }, personId);

    private static async Task<ExerciseSession> FinishedAsync(StoryBot bot, string exerciseId, Dictionary<string, string> answers, string personId)
    {
        var now = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var session = new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"),
            PersonId = personId,
            ExerciseId = exerciseId,
            Status = ExerciseSessionStatus.Completed,
            Answers = new ExerciseAnswers(answers),
            Version = 1,
            StartedAt = now,
            UpdatedAt = now,
            CompletedAt = now,
        };
        Assert.True(await Store(bot).TryAddAsync(session, Token));
        return session;
    }
}
