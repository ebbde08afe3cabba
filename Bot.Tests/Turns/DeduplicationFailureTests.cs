using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The de-duplication steps may fail without a 500 and without a turn's effect happening twice (issue 12, point 6).
/// The real SQLite deduplicator runs underneath; only the step under test is made to fail, as a locked file would.
/// </summary>
public sealed class DeduplicationFailureTests
{
    [Fact]
    public async Task When_the_completion_cannot_be_written_the_answer_still_goes_back_and_a_redelivery_does_not_answer_twice()
    {
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<IActivityDeduplicator>(provider =>
            new FailingSteps(ActivatorUtilities.CreateInstance<SqliteActivityDeduplicator>(provider), failComplete: true)));
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";

        using var first = await app.PostActivityAsync(message);
        using var redelivered = await app.PostActivityAsync(message);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, redelivered.StatusCode));
        Assert.Single(app.Connector.Sent);
    }

    [Fact]
    public async Task When_the_completion_carrying_a_check_in_answer_cannot_be_written_nothing_is_stored_and_the_retry_stores_it_once()
    {
        var token = TestContext.Current.CancellationToken;
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<IActivityDeduplicator>(provider =>
            new FailingSteps(ActivatorUtilities.CreateInstance<SqliteActivityDeduplicator>(provider), failCompletions: 1)));
        var submit = Samples.Fresh("invoke-adaptiveCard_action-personal");
        var personId = submit["from"]!["id"]!.GetValue<string>();
        await OpenCycleAsync(app, personId, submit["from"]!["aadObjectId"]!.GetValue<string>(), token);
        submit["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "checkin.submit",
                ["data"] = new JsonObject { ["cycle"] = "cycle", ["confidence"] = "4", ["went-well"] = "A good review", ["barrier"] = "", ["wants-support"] = "false", ["support-from"] = "" },
            },
        };

        var failed = await BodyAsync(app, submit);
        var storedAfterFailure = await app.Get<ICheckInStore>().GetAnswerAsync("cycle", personId, token);
        var retried = await BodyAsync(app, submit);
        var redelivered = await BodyAsync(app, submit);

        Assert.Contains("try again", failed, StringComparison.Ordinal);
        Assert.Null(storedAfterFailure);
        Assert.Contains("Thank", retried, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(retried, redelivered);
        Assert.Equal(4, (await app.Get<ICheckInStore>().GetAnswerAsync("cycle", personId, token))?.Confidence);
        Assert.Equal(1, await RevisionAsync(app, token));
    }

    [Fact]
    public async Task When_the_claim_cannot_be_made_an_invoke_is_asked_to_try_again_not_given_a_500()
    {
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<IActivityDeduplicator>(provider =>
            new FailingSteps(ActivatorUtilities.CreateInstance<SqliteActivityDeduplicator>(provider), failClaim: true)));
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = "help.show";

        using var response = await app.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Contains("try again", body.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_that_fails_after_its_reply_was_sent_is_not_run_again_by_Teams_retry()
    {
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<ITextCommandHandler, RepliesThenFails>());
        var message = Samples.Fresh("message-personal");
        message["text"] = RepliesThenFails.Command;

        using var failed = await app.PostActivityAsync(message);
        using var retried = await app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(app.Connector.Sent);
    }

    private static async Task OpenCycleAsync(BotAppFactory app, string personId, string aadObjectId, CancellationToken cancellationToken)
    {
        var now = app.Get<TimeProvider>().GetUtcNow();
        var teams = app.Get<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = "team", TenantId = "tenant", ServiceUrl = "http://127.0.0.1/", Name = "Team", UpdatedAt = now }, cancellationToken);
        await teams.SyncRosterAsync("team", [new TeamMember { TeamId = "team", AadObjectId = aadObjectId, TeamsUserId = personId, UpdatedAt = now }], cancellationToken);
        await app.Get<ICheckInStore>().SaveCycleAsync(new CheckInCycle("cycle", "team", now.AddHours(-1), now.AddDays(1), IncludesPulse: false), cancellationToken);
    }

    private static async Task<string> BodyAsync(BotAppFactory app, JsonNode activity)
    {
        using var response = await app.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    // How many times the answer row was written: once, however many deliveries.
    private static async Task<long> RevisionAsync(BotAppFactory app, CancellationToken cancellationToken) =>
        await app.Get<SqliteDatabase>().QueryFirstAsync("SELECT revision FROM check_in_answers;", _ => { }, reader => reader.GetInt64(0), cancellationToken);

    // A command whose reply reaches Teams before a later step of the same turn fails.
    private sealed class RepliesThenFails : ITextCommandHandler
    {
        public const string Command = "reply then fail";

        public IReadOnlyList<BotCommand> Commands { get; } =
            [new(Command, "Replies, then fails.", CommandAudience.Everyone, CommandScopes.Everywhere, [Command]) { InHelp = false, InManifest = false }];

        public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
        {
            await turn.SendTextAsync("Done.", cancellationToken);
            throw new InvalidOperationException("a later step failed");
        }
    }

    private sealed class FailingSteps(IActivityDeduplicator inner, bool failClaim = false, bool failComplete = false, int failCompletions = 0) : IActivityDeduplicator
    {
        private int _completionsToFail = failCompletions;

        public Task<ActivityClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
            failClaim ? throw Busy() : inner.TryClaimAsync(conversationId, activityId, cancellationToken);

        public Task CompleteAsync(string conversationId, string activityId, string? responseJson, CancellationToken cancellationToken) =>
            failComplete || Interlocked.Decrement(ref _completionsToFail) >= 0
                ? throw Busy()
                : inner.CompleteAsync(conversationId, activityId, responseJson, cancellationToken);

        public Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
            inner.ReleaseAsync(conversationId, activityId, cancellationToken);

        public Task<int> ForgetBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
            inner.ForgetBeforeAsync(before, cancellationToken);

        private static SqliteException Busy() => new("database is locked", 5);
    }
}
