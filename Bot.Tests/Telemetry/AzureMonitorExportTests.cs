using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Telemetry;

/// <summary>
/// With Application Insights configured, the bot exports its own spans and metrics and nothing else (decision 047): not the request
/// spans ASP.NET Core would add, whose URL carries a "my data" download token that works for ten minutes, nor HTTP
/// client spans with conversation and AAD ids. The ingestion endpoint is a listener on this machine that keeps every
/// body it is sent.
/// </summary>
[Collection(nameof(TelemetryTestGroup))]
public sealed class AzureMonitorExportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_download_link_opened_and_a_turn_taken_export_the_turn_and_never_the_links_token()
    {
        var received = new ConcurrentQueue<string>();
        await using var ingestion = await IngestionAsync(received);
        var endpoint = ingestion.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        string token;

        // The exporter's default sampler (5 traces a second, learnt over 0.1 s) keeps only part of a host's first traces:
        // the turn, 90 ms after the host starts, was kept about one time in three. This host keeps every trace: the test
        // is about which spans go out, not how many. What the exporter could not send it keeps for the next host with
        // the same key and folder, by default in /var/tmp, which outlives the run: this host keeps it in a folder of
        // the test, so a run neither sends nor leaves behind another run's telemetry.
        using var offlineStorage = new TemporaryDirectory("azure-monitor-storage");
        await using (var app = new BotAppFactory(
            new Dictionary<string, string?>
            {
                ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = $"InstrumentationKey=00000000-0000-0000-0000-000000000047;IngestionEndpoint={endpoint}/",
            },
            services => services.Configure<AzureMonitorExporterOptions>(monitor =>
            {
                monitor.StorageDirectory = offlineStorage.Path;
                monitor.TracesPerSecond = null;
                monitor.SamplingRatio = 1F;
            })))
        {
            var link = await MyDataLinkTests.LinkAsync(app);
            token = link.Split('/').Last();
            using var client = app.CreateClient();
            using var opened = await client.GetAsync(link, Token);
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

            // A message after the page: spans go out in the order they end, in batches every 5 s, so once this turn's
            // span has arrived, a span of the page's request would have too. Waited for while the host runs: on a busy
            // machine, what is unsent when a host stops goes to the exporter's storage, not to the listener.
            var message = Samples.Fresh("message-personal");
            message["text"] = "help";
            using var answered = await app.PostActivityAsync(message);
            var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
            while (!received.SelectMany(body => body.Split('\n')).Any(item => item.Contains("\"name\":\"turn\"", StringComparison.Ordinal)
                && item.Contains("\"outcomesbot.activity.type\":\"message\"", StringComparison.Ordinal)))
            {
                Assert.True(TimeProvider.System.GetUtcNow() < deadline, "The message's turn span was not exported within a minute.");
                await Task.Delay(200, Token);
            }
        }

        var exported = string.Join('\n', received);
        Assert.DoesNotContain(token, exported, StringComparison.Ordinal);
        Assert.DoesNotContain("/my-data/", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/messages", exported, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> IngestionAsync(ConcurrentQueue<string> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var ingestion = builder.Build();
        ingestion.Run(async context =>
        {
            Stream body = context.Request.Body;
            if (context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                body = new GZipStream(body, CompressionMode.Decompress);
            }

            using var reader = new StreamReader(body);
            received.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"itemsReceived":1,"itemsAccepted":1,"errors":[]}""", context.RequestAborted);
        });
        await ingestion.StartAsync(Token);
        return ingestion;
    }
}
