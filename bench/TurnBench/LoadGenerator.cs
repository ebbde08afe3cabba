using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OutcomesBot.TurnBench;

/// <summary>
/// The load generator, run in its own process (<c>TurnBench load ...</c>). Closed loop (<c>--connections N</c>): N
/// senders each wait for their answer before sending again, which finds the saturation throughput. Open loop
/// (<c>--rate R</c>): one request every 1/R s whatever the answers, which is how Teams sends. It prints one JSON
/// <see cref="LoadResult"/> line.
/// </summary>
internal static class LoadGenerator
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    public static async Task<LoadResult> RunAsync(LoadArguments arguments, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = 512 })
        {
            Timeout = RequestTimeout,
        };
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentQueue<string>();
        var sent = 0;
        var cpuAtStart = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        if (arguments.Rate > 0)
        {
            var total = (int)Math.Round(arguments.Rate * arguments.Seconds);
            var inFlight = new List<Task>(total);
            for (var i = 0; i < total; i++)
            {
                var due = TimeSpan.FromSeconds(i / arguments.Rate);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, cancellationToken);
                }

                sent++;
                inFlight.Add(SendAsync(http, arguments, i, due, clock, latencies, failures, cancellationToken));
            }

            await Task.WhenAll(inFlight);
        }
        else
        {
            var deadline = TimeSpan.FromSeconds(arguments.Seconds);
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, arguments.Connections).Select(async _ =>
            {
                while (clock.Elapsed < deadline && (arguments.Limit <= 0 || Volatile.Read(ref next) + 1 < arguments.Limit))
                {
                    var i = Interlocked.Increment(ref next);
                    await SendAsync(http, arguments, i, clock.Elapsed, clock, latencies, failures, cancellationToken);
                }
            }));
            sent = next + 1;
        }

        var seconds = arguments.Rate > 0 ? Math.Max(arguments.Seconds, clock.Elapsed.TotalSeconds) : clock.Elapsed.TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuAtStart).TotalSeconds;
        return LoadResult.From(arguments.Phase, sent, [.. latencies], failures.Count, seconds, failures.TryPeek(out var first) ? first : null, cpu);
    }

    private static async Task SendAsync(HttpClient http, LoadArguments arguments, int index, TimeSpan due, Stopwatch clock,
        ConcurrentBag<double> latencies, ConcurrentQueue<string> failures, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var kind = arguments.Kind == TurnKind.Mixed ? (TurnKind)(index % 3) : arguments.Kind;
        var json = TurnActivities.Build(kind, arguments.ServiceUrl, arguments.Prefix + index, index % arguments.People);
        try
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(arguments.Target, content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var problem = Check(kind, response.StatusCode, body);
            if (problem is null)
            {
                latencies.Add((clock.Elapsed - due).TotalMilliseconds);
            }
            else
            {
                failures.Enqueue(problem);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            failures.Enqueue(exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>Correctness of one answer: 200, and for an invoke an Adaptive Card in the invoke response.</summary>
    internal static string? Check(TurnKind kind, HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"{(int)status} {body[..Math.Min(body.Length, 200)]}";
        }

        if (kind == TurnKind.Help)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var isCard = root.TryGetProperty("type", out var type) && type.GetString() == "application/vnd.microsoft.card.adaptive"
                && root.TryGetProperty("value", out var card) && card.TryGetProperty("body", out _);
            return isCard ? null : "invoke answered without a card: " + body[..Math.Min(body.Length, 200)];
        }
        catch (JsonException)
        {
            return "invoke answer is not JSON: " + body[..Math.Min(body.Length, 200)];
        }
    }
}
