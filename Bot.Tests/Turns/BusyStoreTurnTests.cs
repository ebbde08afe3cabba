using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A turn stays inside Teams' time when SQLite is busy (issue 12, point 6): another connection holds the write lock
/// for 20 s (a real lock, so a real wait: this is the one test that holds it); a turn that has to write waits only
/// Storage:TurnBusyTimeout, asks the person to try again, and Teams' retry after the lock is released is processed once.
/// </summary>
// Slow by its time alone: 20 s in the last full run, in the in-process host (decision 037).
[Slow]
public sealed class BusyStoreTurnTests : IDisposable
{
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(12);
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_turn_meeting_a_20_s_write_lock_answers_try_again_in_time_and_the_retry_is_processed_once()
    {
        var token = TestContext.Current.CancellationToken;
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = "help.show";
        // Someone the bot has not seen yet: the turn has their sighting to write, so it meets the lock. (A turn that writes
        // nothing, like help from someone already known, runs and sends its card; only its completion waits, decision 042.)
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";
        message["from"]!["id"] = "user-id-new";
        message["from"]!["aadObjectId"] = "00000000-0000-0000-0000-0000000000099";
        await WarmUpAsync();

        var locked = Stopwatch.StartNew();
        string busyInvoke;
        HttpStatusCode busyMessage;
        await using (var blocker = await HoldWriteLockAsync(token))
        {
            var turn = Stopwatch.StartNew();
            busyInvoke = await BodyAsync(invoke);
            busyMessage = (await _app.PostActivityAsync(message)).StatusCode;
            Assert.InRange(turn.Elapsed, TimeSpan.Zero, TurnTimeout);
            Assert.Empty(_app.Connector.Sent);
            await Task.Delay(LockHeld - locked.Elapsed, token);
        }

        var retriedInvoke = await BodyAsync(invoke);
        using var retriedMessage = await _app.PostActivityAsync(message);
        using var redelivered = await _app.PostActivityAsync(message);

        var tryAgain = JsonDocument.Parse(busyInvoke).RootElement;
        Assert.Equal("application/vnd.microsoft.activity.message", tryAgain.GetProperty("type").GetString());
        Assert.Contains("try again", tryAgain.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busyMessage);
        Assert.Contains("What I can do", retriedInvoke, StringComparison.Ordinal);
        Assert.Equal(retriedInvoke, await BodyAsync(invoke));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (retriedMessage.StatusCode, redelivered.StatusCode));
        Assert.Single(_app.Connector.Sent);
    }

    // The schema is created on the first turn; the lock must meet a turn, not the start-up.
    private async Task WarmUpAsync()
    {
        var warm = Samples.Fresh("message-personal");
        warm["text"] = "help";
        using var response = await _app.PostActivityAsync(warm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        while (_app.Connector.Sent.TryDequeue(out _))
        {
        }
    }

    private async Task<SqliteConnection> HoldWriteLockAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(SqliteFile.ConnectionStringFor(_app.Get<SqliteDatabase>().FilePath) + ";Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task<string> BodyAsync(JsonNode activity)
    {
        using var response = await _app.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
