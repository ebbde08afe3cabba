using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.TurnBench;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Our bot as a child process gets a burst of check-in submits and help messages and is killed with SIGKILL in the
/// middle of it, then started again on the same data folder. Every turn it answered with 200 must have its effect
/// stored, and Teams' redeliveries (every turn of the burst, twice) must process each turn once: an answered turn is
/// not processed again, one cut off by the kill is processed by its redelivery.
/// </summary>
[Slow]
public sealed class BotKilledMidBurstTests
{
    private const int Turns = 600;
    private const int KillAfterAnswered = 200;
    private const int InParallel = 24;

    [Fact]
    public async Task Every_answered_turn_is_stored_and_every_redelivery_is_processed_once_after_a_kill_mid_burst()
    {
        var token = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory("killed-mid-burst");
        var data = folder.Combine("data");
        await BenchSeed.OpenCycleAsync(data, people: Turns, token);
        using var connector = ChildProcess.Start("dotnet", [BenchPaths.BenchDll(BenchPaths.CurrentConfiguration), "connector"]);
        var serviceUrl = (await connector.ListeningAsync(TimeSpan.FromSeconds(60), token)).TrimEnd('/') + "/";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var burst = new Burst(serviceUrl);

        var answeredBeforeKill = await RunUntilKilledAsync(burst, data, http, token);
        Assert.InRange(answeredBeforeKill.Count, KillAfterAnswered, Turns - 1);

        using var second = await BotUnderTest.StartOursAsync(BenchPaths.BotDll(BenchPaths.CurrentConfiguration), data, serviceUrl, new Dictionary<string, string>(), token);
        var stored = await AnswerRevisionsAsync(data, token);
        Assert.All(answeredBeforeKill.Where(Burst.IsCheckIn), turn => Assert.Equal(1, stored.GetValueOrDefault(turn)));

        // Teams redelivers: every turn of the burst, then every turn once more.
        for (var round = 0; round < 2; round++)
        {
            Assert.Empty(await burst.SendAllAsync(second, http, onAnswered: null, token));
        }

        var after = await AnswerRevisionsAsync(data, token);
        Assert.All(Burst.CheckIns, turn => Assert.True(after.ContainsKey(turn), $"{turn} was never stored"));
        Assert.All(answeredBeforeKill.Where(Burst.IsCheckIn), turn => Assert.Equal(1, after[turn]));
        foreach (var help in Burst.Helps)
        {
            var replies = await http.GetFromJsonAsync<ReplyCounts>(new Uri($"{serviceUrl}bench/replies?prefix={help}"), token);
            // A message cut off by the kill may have sent its reply before it died: its redelivery sends it again.
            Assert.InRange(replies!.Total, 1, answeredBeforeKill.Contains(help) ? 1 : 2);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"answered before the kill: {answeredBeforeKill.Count} of {Turns}");
    }

    private static async Task<IReadOnlySet<string>> RunUntilKilledAsync(Burst burst, string data, HttpClient http, CancellationToken token)
    {
        using var first = await BotUnderTest.StartOursAsync(BenchPaths.BotDll(BenchPaths.CurrentConfiguration), data, burst.ServiceUrl, new Dictionary<string, string>(), token);
        var answered = new ConcurrentDictionary<string, bool>();
        var failed = await burst.SendAllAsync(first, http, turn =>
        {
            answered[turn] = true;
            if (answered.Count == KillAfterAnswered)
            {
                first.Kill();
            }
        }, token);
        Assert.NotEmpty(failed);
        return answered.Keys.ToHashSet();
    }

    private static async Task<Dictionary<string, long>> AnswerRevisionsAsync(string data, CancellationToken token)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "outcomesbot.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT person_id, revision FROM check_in_answers WHERE cycle_id = $cycle;";
        command.Parameters.AddWithValue("$cycle", TurnActivities.CycleId);
        var revisions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            revisions[Burst.TurnOfPerson(reader.GetString(0))] = reader.GetInt64(1);
        }

        return revisions;
    }

    /// <summary>The burst: even turns are check-in submits, odd ones help messages, each from its own person.</summary>
    private sealed class Burst(string serviceUrl)
    {
        public string ServiceUrl { get; } = serviceUrl;

        public static IEnumerable<string> CheckIns => Ids.Where(IsCheckIn);

        public static IEnumerable<string> Helps => Ids.Where(id => !IsCheckIn(id));

        private static IEnumerable<string> Ids => Enumerable.Range(0, Turns).Select(Id);

        public static bool IsCheckIn(string id) => int.Parse(id[6..], CultureInfo.InvariantCulture) % 2 == 0;

        public static string TurnOfPerson(string personId) => Id(int.Parse(personId[^4..], CultureInfo.InvariantCulture));

        /// <summary>Sends every turn, <see cref="InParallel"/> at a time; returns the ones not answered with 200.</summary>
        public async Task<IReadOnlyList<string>> SendAllAsync(BotUnderTest bot, HttpClient http, Action<string>? onAnswered, CancellationToken token)
        {
            var failed = new ConcurrentQueue<string>();
            await Parallel.ForEachAsync(Ids, new ParallelOptions { MaxDegreeOfParallelism = InParallel, CancellationToken = token }, async (id, cancellationToken) =>
            {
                var kind = IsCheckIn(id) ? TurnKind.CheckIn : TurnKind.Help;
                var person = int.Parse(id[6..], CultureInfo.InvariantCulture);
                try
                {
                    var (status, body) = await bot.SendAsync(http, TurnActivities.Build(kind, ServiceUrl, id, person), cancellationToken);
                    if (LoadGenerator.Check(kind, status, body) is null)
                    {
                        onAnswered?.Invoke(id);
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // The bot was killed under this request.
                }

                failed.Enqueue(id);
            });
            return [.. failed];
        }

        private static string Id(int turn) => "burst-" + turn.ToString("D4", CultureInfo.InvariantCulture);
    }
}
