using System.Diagnostics;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.StorageBench;

/// <summary>Writes per second through the real ports: check-in answers, versioned exercise saves and outbox enqueues.</summary>
internal static class WriteBenchmark
{
    private const int WriteTeam = 1_000_000;
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<(string Operation, double PerSecond)>> RunAsync(BenchBackend backend, int writes, int parallel, CancellationToken cancellationToken)
    {
        var answers = backend.Get<ICheckInStore>();
        var sessions = backend.Get<IExerciseSessionStore>();
        var outbox = backend.Get<IOutboxStore>();
        var momentum = backend.Get<IMomentumStore>();
        return
        [
            ("check-in answer upsert, 1 writer", await RateAsync(writes, index => answers.SaveAnswerAsync(Answer("c1", index), cancellationToken))),
            ($"check-in answer upsert, {parallel} writers", await ParallelRateAsync(writes, parallel, index => answers.SaveAnswerAsync(Answer("c2", index), cancellationToken))),
            ("exercise save with version check, 1 writer", await ExerciseRateAsync(sessions, writes, cancellationToken)),
            ("outbox enqueue (one call, 1 cycle)", await RateAsync(1, _ => outbox.EnqueueAsync(Messages(writes), cancellationToken), writes)),
            // A team the momentum read never asks for, so these rows only add to the table's size.
            ("momentum snapshot upsert (new week), 1 writer", await RateAsync(writes, index => momentum.UpsertAsync(MomentumBenchmark.Snapshot(WriteTeam, index), cancellationToken))),
        ];
    }

    private static async Task<double> RateAsync(int calls, Func<int, Task> write, int rowsPerRun = 0)
    {
        var watch = Stopwatch.StartNew();
        for (var index = 0; index < calls; index++)
        {
            await write(index);
        }

        return (rowsPerRun > 0 ? rowsPerRun : calls) / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> ParallelRateAsync(int calls, int parallel, Func<int, Task> write)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            for (var index = Interlocked.Increment(ref next); index < calls; index = Interlocked.Increment(ref next))
            {
                await write(index);
            }
        })));
        return calls / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> ExerciseRateAsync(IExerciseSessionStore sessions, int writes, CancellationToken cancellationToken)
    {
        var session = new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"), PersonId = "29:bench", ExerciseId = "learning-log",
            Status = ExerciseSessionStatus.InProgress, Version = 1, StartedAt = Monday, UpdatedAt = Monday,
        };
        await sessions.TryAddAsync(session, cancellationToken);
        return await RateAsync(writes, async index =>
        {
            var saved = await sessions.TryUpdateAsync(session with { StepIndex = index % 5, Version = index + 2 }, index + 1, cancellationToken);
            if (!saved)
            {
                throw new InvalidOperationException("A versioned save lost with a single writer.");
            }
        });
    }

    private static CheckInAnswer Answer(string cycle, int person) =>
        new(cycle, $"29:person-{person}", "team-1", 1 + (person % 5), "went well", null, false, null, new Dictionary<string, int>(), null, Monday.AddSeconds(person));

    private static List<OutboxMessage> Messages(int count) =>
        Enumerable.Range(0, count).Select(person => OutboxMessage.Create("cycle-bench", $"29:person-{person}", "t", "checkin", "{\"type\":\"AdaptiveCard\"}", Monday)).ToList();
}
