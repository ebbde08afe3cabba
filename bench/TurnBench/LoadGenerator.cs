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
    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public static async Task<LoadResult> RunAsync(LoadArguments arguments, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = 512 })
        {
            Timeout = RequestTimeout,
        };
        var templates = new ActivityTemplates(arguments.ServiceUrl);
        await WarmUpAsync(http, arguments, templates, cancellationToken);
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
                inFlight.Add(SendAsync(http, arguments, templates, i, due, clock, latencies, failures, cancellationToken));
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
                    await SendAsync(http, arguments, templates, i, clock.Elapsed, clock, latencies, failures, cancellationToken);
                }
            }));
            sent = next + 1;
        }

        var seconds = arguments.Rate > 0 ? Math.Max(arguments.Seconds, clock.Elapsed.TotalSeconds) : clock.Elapsed.TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuAtStart).TotalSeconds;
        return LoadResult.From(arguments.Phase, sent, [.. latencies], failures.Count, seconds, failures.TryPeek(out var first) ? first : null, cpu);
    }

    /// <summary>
    /// The generator is a new process each phase: before its clock starts it runs its send and check path (posts to the fake
    /// connector, which counts nothing) and opens its connections to the bot with <c>GET /healthz</c>, which both bots answer
    /// without taking a turn. Without it the first 20 turns of an open-loop phase waited up to 130 ms for the generator's
    /// own JIT, for either bot alike, and those were the p99 at 200 turns/s.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient http, LoadArguments arguments, ActivityTemplates templates, CancellationToken cancellationToken)
    {
        var ping = new Uri(new Uri(arguments.ServiceUrl), "bench/ping");
        var health = new Uri(arguments.Target, "/healthz");
        var card = """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","body":[]}}"""u8.ToArray();
        for (var round = 0; round < 20; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async connection =>
            {
                await Task.Yield();
                using var content = new ByteArrayContent(templates.With(arguments.Kind == TurnKind.Mixed ? TurnKind.Menu : arguments.Kind, connection, "warm-up"));
                content.Headers.ContentType = JsonContentType;
                using var posted = await http.PostAsync(ping, content, cancellationToken);
                _ = Check(TurnKind.Menu, posted.StatusCode, card);
                using var answered = await http.GetAsync(health, cancellationToken);
                _ = await answered.Content.ReadAsByteArrayAsync(cancellationToken);
            }));
        }
    }

    private static async Task SendAsync(HttpClient http, LoadArguments arguments, ActivityTemplates templates, int index, TimeSpan due, Stopwatch clock,
        ConcurrentBag<double> latencies, ConcurrentQueue<string> failures, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var kind = arguments.Kind == TurnKind.Mixed ? (TurnKind)(index % 3) : arguments.Kind;
        var json = templates.With(kind, index % arguments.People, arguments.Prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var content = new ByteArrayContent(json);
            content.Headers.ContentType = JsonContentType;
            using var response = await http.PostAsync(arguments.Target, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
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
    internal static string? Check(TurnKind kind, HttpStatusCode status, string body) =>
        Check(kind, status, Encoding.UTF8.GetBytes(body));

    /// <summary>
    /// The same check on the answer's bytes, read once with <see cref="Utf8JsonReader"/> (the whole answer must be JSON) instead
    /// of decoded to a string and parsed into a document: the generator shares the 2 cores with the bots it measures.
    /// </summary>
    internal static string? Check(TurnKind kind, HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"{(int)status} {Excerpt(body)}";
        }

        if (kind == TurnKind.Help)
        {
            return null;
        }

        try
        {
            return IsAdaptiveCardAnswer(body) ? null : "invoke answered without a card: " + Excerpt(body);
        }
        catch (JsonException)
        {
            return "invoke answer is not JSON: " + Excerpt(body);
        }
    }

    // {"type":"application/vnd.microsoft.card.adaptive","value":{..."body":...}}, in any order, and nothing after it.
    private static bool IsAdaptiveCardAnswer(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        bool isCardType = false, hasBody = false;
        var inValue = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                if (inValue && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1)
                {
                    inValue = false;
                }

                continue;
            }

            if (reader.CurrentDepth == 1 && reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                isCardType = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("application/vnd.microsoft.card.adaptive"u8);
            }
            else if (reader.CurrentDepth == 1 && reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                inValue = reader.TokenType == JsonTokenType.StartObject;
            }
            else if (inValue && reader.CurrentDepth == 2 && reader.ValueTextEquals("body"u8))
            {
                hasBody = true;
            }
        }

        return isCardType && hasBody;
    }

    private static string Excerpt(ReadOnlySpan<byte> body) => Encoding.UTF8.GetString(body[..Math.Min(body.Length, 200)]);
}
