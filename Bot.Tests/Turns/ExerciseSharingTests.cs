using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>A finished exercise stays private until its owner picks a team channel and presses Share.</summary>
public sealed class ExerciseSharingTests : IDisposable
{
    private const string Alex = "user-id-0";
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Sharing_posts_the_summary_to_the_chosen_channel_with_the_authors_name()
    {
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        var session = await FinishedLearningLogAsync(Alex);
        _app.Connector.Sent.Clear();

        var picker = await InvokeAsync(ExerciseVerbs.SharePick, session);
        Assert.Contains("My Team › General", picker, StringComparison.Ordinal);
        var done = await InvokeAsync(ExerciseVerbs.Share, session, new() { ["destination"] = "team-id" });

        Assert.Contains("is now in My Team › General", done, StringComparison.Ordinal);
        var post = Assert.Single(_app.Connector.Sent);
        Assert.Equal(("send", "team-id"), (post.Operation, post.ConversationId));
        Assert.Contains("Alex Wilber shared their learning log", post.CardText, StringComparison.Ordinal);
        Assert.Contains("Listened first", post.CardText, StringComparison.Ordinal);
        Assert.NotNull((await Store.GetAsync(Alex, session.SessionId, Token))?.SharedAt);
    }

    [Fact]
    public async Task A_channel_that_was_not_offered_is_refused_and_nothing_is_posted()
    {
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        var session = await FinishedLearningLogAsync(Alex);
        _app.Connector.Sent.Clear();

        var card = await InvokeAsync(ExerciseVerbs.Share, session, new() { ["destination"] = "19:someone-elses-team@thread.tacv2" });

        Assert.Contains("Please pick one of the channels listed.", card, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.Sent);
        Assert.Null((await Store.GetAsync(Alex, session.SessionId, Token))?.SharedAt);
    }

    [Fact]
    public async Task Nobody_can_share_someone_elses_summary()
    {
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        var session = await FinishedLearningLogAsync("user-id-1");
        _app.Connector.Sent.Clear();

        var card = await InvokeAsync(ExerciseVerbs.Share, session, new() { ["destination"] = "team-id" });

        Assert.Contains("Something isn't right", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Listened first", card, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.Sent);
    }

    [Fact]
    public async Task Without_a_team_channel_the_person_is_told_how_to_get_one()
    {
        var session = await FinishedLearningLogAsync(Alex);

        var card = await InvokeAsync(ExerciseVerbs.SharePick, session);

        Assert.Contains("not in any team channel yet", card, StringComparison.Ordinal);
    }

    private OutcomesBot.Dialogs.Exercises.IExerciseSessionStore Store => _app.Get<IExerciseSessionStore>();

    private async Task<ExerciseSession> FinishedLearningLogAsync(string personId)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "hello";
        await _app.PostActivityAsync(message);
        var now = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var session = new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"),
            PersonId = personId,
            ExerciseId = "learning-log",
            Status = ExerciseSessionStatus.Completed,
            StepIndex = 1,
            Answers = new ExerciseAnswers(new Dictionary<string, string> { ["worked"] = "Listened first", ["didnt-work"] = "x", ["learning"] = "y", ["application"] = "z" }),
            Version = 1,
            StartedAt = now,
            UpdatedAt = now,
            CompletedAt = now,
        };
        Assert.True(await Store.TryAddAsync(session, Token));
        return session;
    }

    private async Task<string> InvokeAsync(string verb, ExerciseSession session, Dictionary<string, string>? inputs = null)
    {
        var data = new JsonObject { ["exercise"] = session.ExerciseId, ["session"] = session.SessionId, ["step"] = "1", ["version"] = "1" };
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value;
        }

        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        using var response = await _app.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        return string.Join('\n', CardTexts.Of(body.GetProperty("value")));
    }
}
