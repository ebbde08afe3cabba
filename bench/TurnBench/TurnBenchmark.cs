using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutcomesBot.TurnBench;

/// <summary>
/// One run: starts the fake connector, our bot and the botbuilder-js peer (each its own process), exports our cards
/// for the peer, then for each turn drives both bots through a load-generator process per phase.
/// </summary>
public static class TurnBenchmark
{
    public static async Task<TurnBenchReport> RunAsync(BenchSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var folder = Directory.CreateTempSubdirectory("turnbench-").FullName;
        var report = new TurnBenchReport(settings);
        try
        {
            using var connector = ChildProcess.Start("dotnet", [BenchPaths.BenchDll(settings.Configuration), "connector"]);
            var serviceUrl = (await connector.ListeningAsync(TimeSpan.FromSeconds(60), cancellationToken)).TrimEnd('/') + "/";
            var dataDirectory = Path.Combine(folder, "data");
            await BenchSeed.OpenCycleAsync(dataDirectory, settings.People, cancellationToken);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var botDll = settings.PublishedBot ? await BotPublish.RunAsync(settings.Configuration, progress, cancellationToken) : BenchPaths.BotDll(settings.Configuration);
            using var ours = await BotUnderTest.StartOursAsync(botDll, dataDirectory, serviceUrl, OurSettings(), cancellationToken);
            var cards = await ExportCardsAsync(ours, http, serviceUrl, Path.Combine(folder, "cards"), cancellationToken);
            using var peer = settings.WithPeer ? await BotUnderTest.StartPeerAsync(cards, serviceUrl, cancellationToken) : null;
            var run = new BenchRun(settings, serviceUrl, http, progress);
            BotUnderTest[] bots = peer is null ? [ours] : [ours, peer];
            foreach (var kind in settings.Turns)
            {
                await DriveAsync(run, bots, kind, report, cancellationToken);
            }

            if (settings.SoakSeconds > 0)
            {
                await run.SoakAsync(ours, dataDirectory, report, cancellationToken);
            }

            report.Bots.Add(new BotFacts(ours.Name, ours.StartToFirstAnswer, ours.PeakRssMebibytes()));
            if (peer is not null)
            {
                report.Bots.Add(new BotFacts(peer.Name, peer.StartToFirstAnswer, peer.PeakRssMebibytes()));
            }

            report.OurRecentOutput = ours.RecentOutput;
            return report;
        }
        finally
        {
            TryDelete(folder);
        }
    }

    // The rounds alternate between the bots, so that a slow stretch of a shared machine falls on both rather than on one.
    private static async Task DriveAsync(BenchRun run, BotUnderTest[] bots, TurnKind kind, TurnBenchReport report, CancellationToken cancellationToken)
    {
        var settings = report.Settings;
        foreach (var bot in bots)
        {
            if (settings.SmokeTurns > 0)
            {
                await run.SmokeAsync(bot, kind, report, cancellationToken);
            }
            else
            {
                await run.WarmUpAsync(bot, kind, cancellationToken);
            }
        }

        for (var round = 1; settings.SmokeTurns == 0 && round <= settings.Repeat; round++)
        {
            foreach (var bot in bots)
            {
                await run.MeasureAsync(bot, kind, round, report, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The bot as in production except local mode and a de-duplication window of 5 minutes (the least allowed; Teams
    /// redelivers within seconds), so that forgetting old claims happens, and can be seen keeping up, within the soak.
    /// </summary>
    private static Dictionary<string, string> OurSettings() => new()
    {
        ["Turns__DeduplicationWindow"] = "00:05:00",
    };

    /// <summary>
    /// Our help card as the connector received it, and the menu and thanks cards as our bot answered the invokes,
    /// written as help.json, menu.json and thanks.json for the peer to send.
    /// </summary>
    private static async Task<string> ExportCardsAsync(BotUnderTest ours, HttpClient http, string serviceUrl, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var conversation = TurnActivities.ExportConversationPrefix + "cards";
        await Expect(ours.SendAsync(http, TurnActivities.Build(TurnKind.Help, serviceUrl, "export-help", 1, conversation), cancellationToken));
        var reply = await http.GetFromJsonAsync<JsonObject>(new Uri(new Uri(serviceUrl), "bench/last/" + Uri.EscapeDataString(conversation)), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "help.json"), reply!["attachments"]![0]!["content"]!.ToJsonString(), cancellationToken);
        foreach (var (kind, file) in new[] { (TurnKind.Menu, "menu.json"), (TurnKind.CheckIn, "thanks.json") })
        {
            var body = await Expect(ours.SendAsync(http, TurnActivities.Build(kind, serviceUrl, "export-" + file, 1, conversation), cancellationToken));
            await File.WriteAllTextAsync(Path.Combine(folder, file), JsonNode.Parse(body)!["value"]!.ToJsonString(), cancellationToken);
        }

        return folder;
    }

    private static async Task<string> Expect(Task<(HttpStatusCode Status, string Body)> sending)
    {
        var (status, body) = await sending;
        return status == HttpStatusCode.OK ? body : throw new InvalidOperationException($"exporting a card got {(int)status}: {body}");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A child still closing its files; the temp folder is cleaned by the system.
        }
    }
}
