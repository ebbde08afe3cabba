using System.Diagnostics;
using System.Globalization;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.StorageBench;

/// <summary>
/// "My data" delete and the retention purge with many other people's rows around (docs/decisions/016): each other
/// person gets about ten rows (profile, 1:1 chat, a stored reply, a check-in answer and the team's copy, an exercise
/// run, an outbox message), half of them answered long ago, then one person is exported and deleted and the purge runs.
/// </summary>
internal static class PersonalDataBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(string azureConnectionString, int others, int parallel, CancellationToken cancellationToken)
    {
        Console.WriteLine($"| backend | other people (rows) | seed | export one person | delete one person | purge (rows removed) | purge with nothing old |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var connection in new[] { null, azureConnectionString })
        {
            await using var backend = await BenchBackend.StartAsync(connection is null ? "SQLite" : "Azure Tables (Azurite)", connection, cancellationToken);
            var seed = Stopwatch.StartNew();
            var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, others), options, async (index, token) =>
                await WritePersonAsync(backend, "29:other-" + index.ToString(CultureInfo.InvariantCulture), index % 2 == 0 ? Now.AddYears(-3) : Now.AddDays(-3), token));
            seed.Stop();
            await WritePersonAsync(backend, "29:the-one", Now.AddDays(-3), cancellationToken);
            var sources = backend.Get<IEnumerable<IPersonalDataSource>>().ToList();
            var person = new PersonIdentity("29:the-one", "aad-the-one");

            var export = await TimeAsync(async () => (await Task.WhenAll(sources.Select(source => source.ExportAsync(person, cancellationToken)))).Count(node => node is not null));
            var delete = await TimeAsync(async () =>
            {
                var removed = 0;
                foreach (var source in sources)
                {
                    removed += await source.DeleteAsync(person, cancellationToken);
                }

                return removed;
            });
            var purge = await TimeAsync(() => PurgeAsync(sources, cancellationToken));

            // Again, with nothing old left: what the daily run costs on most days (the scan alone).
            var scan = await TimeAsync(() => PurgeAsync(sources, cancellationToken));
            Console.WriteLine(
                $"| {backend.Name} | {others} (~{others * 10}) | {seed.Elapsed.TotalSeconds:F1} s | {export.Elapsed.TotalMilliseconds:F0} ms | "
                + $"{delete.Elapsed.TotalMilliseconds:F0} ms ({delete.Result} rows) | {purge.Elapsed.TotalMilliseconds:F0} ms ({purge.Result}) | {scan.Elapsed.TotalMilliseconds:F0} ms ({scan.Result}) |");
        }
    }

    private static async Task<int> PurgeAsync(IReadOnlyList<IPersonalDataSource> sources, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var source in sources)
        {
            removed += await source.PurgeBeforeAsync(Now.AddYears(-2), cancellationToken);
        }

        return removed;
    }

    private static async Task<(TimeSpan Elapsed, int Result)> TimeAsync(Func<Task<int>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        return (watch.Elapsed, result);
    }

    private static async Task WritePersonAsync(BenchBackend backend, string teamsId, DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        var aad = "aad-" + teamsId[3..];
        var chat = "a:chat-" + teamsId[3..];
        await backend.Get<IPersonStore>().UpsertAsync(new Person { TeamsUserId = teamsId, AadObjectId = aad, Name = "Someone", FirstSeenAt = answeredAt, LastSeenAt = answeredAt }, cancellationToken);
        await backend.Get<IConversationStore>().UpsertAsync(
            new ConversationReference { ConversationId = chat, ServiceUrl = "https://smba.example/", Kind = ConversationKind.Personal, UserId = teamsId, UpdatedAt = answeredAt }, cancellationToken);
        var deduplicator = backend.Get<IActivityDeduplicator>();
        await deduplicator.TryClaimAsync(chat, "activity-1", cancellationToken);
        await deduplicator.CompleteAsync(chat, "activity-1", """{"text":"a stored reply"}""", cancellationToken);
        var cycleId = "team-cycle-" + answeredAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await backend.Get<ICheckInStore>().SaveAnswerAsync(
            new CheckInAnswer(cycleId, teamsId, "19:team-" + (teamsId.Length % 7).ToString(CultureInfo.InvariantCulture), 4, "went well", null, false, null, new Dictionary<string, int>(), null, answeredAt),
            cancellationToken);
        await backend.Get<IExerciseSessionStore>().TryAddAsync(
            new ExerciseSession
            {
                SessionId = "run-" + teamsId[3..], PersonId = teamsId, ExerciseId = "learning-log", Status = ExerciseSessionStatus.Completed,
                Version = 1, StartedAt = answeredAt, UpdatedAt = answeredAt, CompletedAt = answeredAt,
            },
            cancellationToken);
        await backend.Get<IOutboxStore>().EnqueueAsync([OutboxMessage.Create(cycleId, teamsId, "tenant-1", "checkin", "{}", answeredAt)], cancellationToken);
    }
}
